import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'flask-permanent-session': lazyDemo('FlaskPermanentSessionDemo', () => import('./demos/flask-permanent-session-demo.tsx').then((m) => m.FlaskPermanentSessionDemo)),
} satisfies Record<string, ComponentType>;
