import type { ComponentType } from 'react';
import type { DemoId } from '../../../content/types.ts';
import { CookieFromJsDemo } from './cookie-from-js-demo.tsx';
import { GoldfishServerDemo } from './goldfish-server-demo.tsx';
import { LocalStorageLab } from './local-storage-lab.tsx';
import { PathColorCarryDemo, PathColorFormDemo, PathColorResultDemo } from './path-color-demos.tsx';
import { QueryColorCarryDemo, QueryColorFormDemo, QueryColorResultDemo } from './query-color-demos.tsx';
import { SessionStorageLab } from './session-storage-lab.tsx';

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
};

export function DemoView({ demo }: { readonly demo: DemoId }) {
  const Demo = demos[demo];
  return <Demo />;
}
