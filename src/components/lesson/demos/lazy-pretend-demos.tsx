import { lazyDemo } from './lazy-demo.tsx';

export const LazyGoldfishServerDemo = lazyDemo('GoldfishServerDemo', () =>
  import('./goldfish-server-demo.tsx').then((m) => m.GoldfishServerDemo),
);
export const LazyFlaskCookieDemo = lazyDemo('FlaskCookieDemo', () => import('./flask-cookie-demo.tsx').then((m) => m.FlaskCookieDemo));
export const LazyRithmConversationDemo = lazyDemo('RithmConversationDemo', () =>
  import('./rithm-conversation-demo.tsx').then((m) => m.RithmConversationDemo),
);
export const LazyCookieLifetimeLab = lazyDemo('CookieLifetimeLab', () => import('./cookie-option-labs.tsx').then((m) => m.CookieLifetimeLab));
export const LazyCookieDomainLab = lazyDemo('CookieDomainLab', () => import('./cookie-option-labs.tsx').then((m) => m.CookieDomainLab));
export const LazyCookiePathLab = lazyDemo('CookiePathLab', () => import('./cookie-option-labs.tsx').then((m) => m.CookiePathLab));
export const LazyCookieSecurityLab = lazyDemo('CookieSecurityLab', () => import('./cookie-option-labs.tsx').then((m) => m.CookieSecurityLab));
export const LazyCookieSameSiteLab = lazyDemo('CookieSameSiteLab', () => import('./cookie-option-labs.tsx').then((m) => m.CookieSameSiteLab));
export const LazyCookiePrefixLab = lazyDemo('CookiePrefixLab', () => import('./cookie-option-labs.tsx').then((m) => m.CookiePrefixLab));
export const LazySetCookiePlayground = lazyDemo('SetCookiePlayground', () =>
  import('./set-cookie-playground.tsx').then((m) => m.SetCookiePlayground),
);
export const LazyCookieLimitProbeDemo = lazyDemo('CookieLimitProbeDemo', () =>
  import('./cookie-limit-probe-demo.tsx').then((m) => m.CookieLimitProbeDemo),
);
