import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'cookie-lifetime-lab': lazyDemo('CookieLifetimeLab', () => import('./demos/cookie-option-labs.tsx').then((m) => m.CookieLifetimeLab)),
  'cookie-domain-lab': lazyDemo('CookieDomainLab', () => import('./demos/cookie-option-labs.tsx').then((m) => m.CookieDomainLab)),
  'cookie-path-lab': lazyDemo('CookiePathLab', () => import('./demos/cookie-option-labs.tsx').then((m) => m.CookiePathLab)),
  'cookie-security-lab': lazyDemo('CookieSecurityLab', () => import('./demos/cookie-option-labs.tsx').then((m) => m.CookieSecurityLab)),
  'cookie-same-site-lab': lazyDemo('CookieSameSiteLab', () => import('./demos/cookie-option-labs.tsx').then((m) => m.CookieSameSiteLab)),
  'same-site-policy-lab': lazyDemo('SameSitePolicyLab', () => import('./demos/same-site-policy-lab.tsx').then((m) => m.SameSitePolicyLab)),
  'cookie-prefix-lab': lazyDemo('CookiePrefixLab', () => import('./demos/cookie-option-labs.tsx').then((m) => m.CookiePrefixLab)),
  'set-cookie-playground': lazyDemo('SetCookiePlayground', () => import('./demos/set-cookie-playground.tsx').then((m) => m.SetCookiePlayground)),
  'cookie-limit-probe': lazyDemo('CookieLimitProbeDemo', () => import('./demos/cookie-limit-probe-demo.tsx').then((m) => m.CookieLimitProbeDemo)),
  'full-jar': lazyDemo('FullJarDemo', () => import('./demos/full-jar-demo.tsx').then((m) => m.FullJarDemo)),
} satisfies Record<string, ComponentType>;
