import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'flask-session-dictionary': lazyDemo('FlaskSessionDictionaryDemo', () => import('./demos/flask-session-dictionary-demo.tsx').then((m) => m.FlaskSessionDictionaryDemo)),
  'flask-session-open': lazyDemo('FlaskSessionOpenDemo', () => import('./demos/flask-session-open-demo.tsx').then((m) => m.FlaskSessionOpenDemo)),
  'flask-session-tamper': lazyDemo('FlaskSessionTamperDemo', () => import('./demos/flask-session-tamper-demo.tsx').then((m) => m.FlaskSessionTamperDemo)),
  'flask-secret-crack': lazyDemo('FlaskSecretCrackDemo', () => import('./demos/flask-secret-crack-demo.tsx').then((m) => m.FlaskSecretCrackDemo)),
  'flask-session-routes': lazyDemo('FlaskSessionRoutesDemo', () => import('./demos/flask-session-routes-demo.tsx').then((m) => m.FlaskSessionRoutesDemo)),
} satisfies Record<string, ComponentType>;
