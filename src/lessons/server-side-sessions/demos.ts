import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'session-fixation': lazyDemo('SessionFixationDemo', () => import('./demos/session-fixation-demo.tsx').then((m) => m.SessionFixationDemo)),
  'server-side-sql': lazyDemo('ServerSideSqlDemo', () => import('./demos/server-side-sql-demo.tsx').then((m) => m.ServerSideSqlDemo)),
} satisfies Record<string, ComponentType>;
