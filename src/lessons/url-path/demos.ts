import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'path-color-form': lazyDemo('PathColorFormDemo', () => import('./demos/path-color-demos.tsx').then((m) => m.PathColorFormDemo)),
  'path-color-carry': lazyDemo('PathColorCarryDemo', () => import('./demos/path-color-demos.tsx').then((m) => m.PathColorCarryDemo)),
  'path-color-result': lazyDemo('PathColorResultDemo', () => import('./demos/path-color-demos.tsx').then((m) => m.PathColorResultDemo)),
} satisfies Record<string, ComponentType>;
