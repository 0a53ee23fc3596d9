import type { ComponentType } from 'react';
import type { DemoId } from '../../../content/types.ts';
import {
  LazyCookieDomainLab,
  LazyCookieLifetimeLab,
  LazyCookieLimitProbeDemo,
  LazyCookiePathLab,
  LazyCookiePrefixLab,
  LazyCookieSameSiteLab,
  LazyCookieSecurityLab,
  LazyFlaskCookieDemo,
  LazyGoldfishServerDemo,
  LazyRithmConversationDemo,
  LazySetCookiePlayground,
} from './lazy-pretend-demos.tsx';
import { lazyDemo } from './lazy-demo.tsx';
import { LocalStorageLab } from './local-storage-lab.tsx';
import { PathColorCarryDemo, PathColorFormDemo, PathColorResultDemo } from './path-color-demos.tsx';
import { QueryColorCarryDemo, QueryColorFormDemo, QueryColorResultDemo } from './query-color-demos.tsx';
import {
  LazyFlaskPermanentSessionDemo,
  LazyFlaskSecretCrackDemo,
  LazyFlaskSessionDictionaryDemo,
  LazyFlaskSessionOpenDemo,
  LazyFlaskSessionTamperDemo,
  LazyServerSessionDemo,
  LazySessionFixationDemo,
} from './lazy-session-demos.tsx';
import { SessionStorageLab } from './session-storage-lab.tsx';
import { StorageMap } from './storage-map.tsx';

// Its own chunk, like the Cookies panel: it needs the cookie rules, which other steps do not load.
const LazyCookieFromJsDemo = lazyDemo('CookieFromJsDemo', () => import('./cookie-from-js-demo.tsx').then((m) => m.CookieFromJsDemo));

const demos: Record<DemoId, ComponentType> = {
  'goldfish-server': LazyGoldfishServerDemo,
  'query-color-form': QueryColorFormDemo,
  'query-color-carry': QueryColorCarryDemo,
  'query-color-result': QueryColorResultDemo,
  'path-color-form': PathColorFormDemo,
  'path-color-carry': PathColorCarryDemo,
  'path-color-result': PathColorResultDemo,
  'local-storage-lab': LocalStorageLab,
  'session-storage-lab': SessionStorageLab,
  'cookie-from-js': LazyCookieFromJsDemo,
  'flask-cookie-demo': LazyFlaskCookieDemo,
  'rithm-conversation': LazyRithmConversationDemo,
  'cookie-lifetime-lab': LazyCookieLifetimeLab,
  'cookie-domain-lab': LazyCookieDomainLab,
  'cookie-path-lab': LazyCookiePathLab,
  'cookie-security-lab': LazyCookieSecurityLab,
  'cookie-same-site-lab': LazyCookieSameSiteLab,
  'cookie-prefix-lab': LazyCookiePrefixLab,
  'set-cookie-playground': LazySetCookiePlayground,
  'cookie-limit-probe': LazyCookieLimitProbeDemo,
  'flask-session-dictionary': LazyFlaskSessionDictionaryDemo,
  'flask-session-open': LazyFlaskSessionOpenDemo,
  'flask-session-tamper': LazyFlaskSessionTamperDemo,
  'flask-secret-crack': LazyFlaskSecretCrackDemo,
  'flask-permanent-session': LazyFlaskPermanentSessionDemo,
  'server-side-session': LazyServerSessionDemo,
  'session-fixation': LazySessionFixationDemo,
  'storage-map': StorageMap,
};

export function DemoView({ demo }: { readonly demo: DemoId }) {
  const Demo = demos[demo];
  return <Demo />;
}
