import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'session-storage-lab': lazyDemo('SessionStorageLab', () => import('./demos/session-storage-lab.tsx').then((m) => m.SessionStorageLab)),
} satisfies Record<string, ComponentType>;
