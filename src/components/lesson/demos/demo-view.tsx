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
import {
  LazyFlaskPermanentSessionDemo,
  LazyFlaskSecretCrackDemo,
  LazyFlaskSessionDictionaryDemo,
  LazyFlaskSessionOpenDemo,
  LazyFlaskSessionTamperDemo,
  LazyServerSessionDemo,
  LazySessionFixationDemo,
} from './lazy-session-demos.tsx';
import {
  LazyCookieFromJsDemo,
  LazyLocalStorageLab,
  LazyPathColorCarryDemo,
  LazyPathColorFormDemo,
  LazyPathColorResultDemo,
  LazyQueryColorCarryDemo,
  LazyQueryColorFormDemo,
  LazyQueryColorResultDemo,
  LazySessionStorageLab,
  LazyStorageMap,
} from './lazy-storage-demos.tsx';

const demos: Record<DemoId, ComponentType> = {
  'goldfish-server': LazyGoldfishServerDemo,
  'query-color-form': LazyQueryColorFormDemo,
  'query-color-carry': LazyQueryColorCarryDemo,
  'query-color-result': LazyQueryColorResultDemo,
  'path-color-form': LazyPathColorFormDemo,
  'path-color-carry': LazyPathColorCarryDemo,
  'path-color-result': LazyPathColorResultDemo,
  'local-storage-lab': LazyLocalStorageLab,
  'session-storage-lab': LazySessionStorageLab,
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
  'storage-map': LazyStorageMap,
};

export function DemoView({ demo }: { readonly demo: DemoId }) {
  const Demo = demos[demo];
  return <Demo />;
}
