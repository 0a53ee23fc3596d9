import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'storage-map': lazyDemo('StorageMap', () => import('./demos/storage-map.tsx').then((m) => m.StorageMap)),
} satisfies Record<string, ComponentType>;
