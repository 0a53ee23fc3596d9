import type { ComponentType } from 'react';
import type { DemoId } from '../../../content/types.ts';
import { CookieFromJsDemo } from './cookie-from-js-demo.tsx';
import { CookieLimitProbeDemo } from './cookie-limit-probe-demo.tsx';
import {
  CookieDomainLab,
  CookieLifetimeLab,
  CookiePathLab,
  CookiePrefixLab,
  CookieSameSiteLab,
  CookieSecurityLab,
} from './cookie-option-labs.tsx';
import { FlaskCookieDemo } from './flask-cookie-demo.tsx';
import { GoldfishServerDemo } from './goldfish-server-demo.tsx';
import { LocalStorageLab } from './local-storage-lab.tsx';
import { PathColorCarryDemo, PathColorFormDemo, PathColorResultDemo } from './path-color-demos.tsx';
import { QueryColorCarryDemo, QueryColorFormDemo, QueryColorResultDemo } from './query-color-demos.tsx';
import { RithmConversationDemo } from './rithm-conversation-demo.tsx';
import { SessionStorageLab } from './session-storage-lab.tsx';
import { SetCookiePlayground } from './set-cookie-playground.tsx';

const demos: Record<DemoId, ComponentType> = {
  'goldfish-server': GoldfishServerDemo,
  'query-color-form': QueryColorFormDemo,
  'query-color-carry': QueryColorCarryDemo,
  'query-color-result': QueryColorResultDemo,
  'path-color-form': PathColorFormDemo,
  'path-color-carry': PathColorCarryDemo,
  'path-color-result': PathColorResultDemo,
  'local-storage-lab': LocalStorageLab,
  'session-storage-lab': SessionStorageLab,
  'cookie-from-js': CookieFromJsDemo,
  'flask-cookie-demo': FlaskCookieDemo,
  'rithm-conversation': RithmConversationDemo,
  'cookie-lifetime-lab': CookieLifetimeLab,
  'cookie-domain-lab': CookieDomainLab,
  'cookie-path-lab': CookiePathLab,
  'cookie-security-lab': CookieSecurityLab,
  'cookie-same-site-lab': CookieSameSiteLab,
  'cookie-prefix-lab': CookiePrefixLab,
  'set-cookie-playground': SetCookiePlayground,
  'cookie-limit-probe': CookieLimitProbeDemo,
};

export function DemoView({ demo }: { readonly demo: DemoId }) {
  const Demo = demos[demo];
  return <Demo />;
}
