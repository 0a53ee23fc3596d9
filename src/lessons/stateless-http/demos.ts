import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'goldfish-server': lazyDemo('GoldfishServerDemo', () => import('./demos/goldfish-server-demo.tsx').then((m) => m.GoldfishServerDemo)),
} satisfies Record<string, ComponentType>;
