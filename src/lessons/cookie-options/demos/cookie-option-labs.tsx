import { usePretendBrowser } from '../../../hooks/use-pretend-browser.ts';
import { SITE_ORIGINS } from '../../../stores/pretend-http/site-origins.ts';
import { PretendConsole } from '../../../components/pretend/pretend-console.tsx';
import {
  domainExperiments,
  lifetimeExperiments,
  pathExperiments,
  prefixExperiments,
  sameSiteExperiments,
  securityExperiments,
} from './cookie-option-experiments.ts';
import { PretendLab } from '../../../components/lesson/demos/pretend-lab.tsx';

/** One lab per cookie option, each on the lesson step about that option. */
export function CookieLifetimeLab() {
  return <PretendLab title="Expires and Max-Age on a pretend www.rithmschool.com" experiments={lifetimeExperiments} />;
}

export function CookieDomainLab() {
  return <PretendLab title="Domain: www. and shop.rithmschool.com" experiments={domainExperiments} />;
}

export function CookiePathLab() {
  return <PretendLab title="Path on a pretend www.rithmschool.com" experiments={pathExperiments} />;
}

export function CookieSecurityLab() {
  const { load } = usePretendBrowser();
  return (
    <PretendLab title="HttpOnly and Secure" experiments={securityExperiments}>
      <PretendConsole pageUrl={`${SITE_ORIGINS.rithmWww}/`} load={load} />
    </PretendLab>
  );
}

export function CookieSameSiteLab() {
  return <PretendLab title="SameSite: requests from ads.example" experiments={sameSiteExperiments} showDiagram />;
}

export function CookiePrefixLab() {
  return <PretendLab title="Cookie prefixes: __Host- and __Secure-" experiments={prefixExperiments} />;
}
