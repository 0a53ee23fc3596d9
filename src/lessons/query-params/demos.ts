import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'query-color-form': lazyDemo('QueryColorFormDemo', () => import('./demos/query-color-demos.tsx').then((m) => m.QueryColorFormDemo)),
  'query-color-carry': lazyDemo('QueryColorCarryDemo', () => import('./demos/query-color-demos.tsx').then((m) => m.QueryColorCarryDemo)),
  'query-color-result': lazyDemo('QueryColorResultDemo', () => import('./demos/query-color-demos.tsx').then((m) => m.QueryColorResultDemo)),
} satisfies Record<string, ComponentType>;
