import type { ComponentType } from 'react';
import { lazyDemo } from '../../components/lesson/demos/lazy-demo.tsx';

/** The demos of this lesson by the id its steps use (`{ kind: 'demo', demo: '<id>' }`); each loads as its own chunk. */
export const demos = {
  'flask-cookie-demo': lazyDemo('FlaskCookieDemo', () => import('./demos/flask-cookie-demo.tsx').then((m) => m.FlaskCookieDemo)),
  'rithm-conversation': lazyDemo('RithmConversationDemo', () => import('./demos/rithm-conversation-demo.tsx').then((m) => m.RithmConversationDemo)),
  'cookie-from-js': lazyDemo('CookieFromJsDemo', () => import('./demos/cookie-from-js-demo.tsx').then((m) => m.CookieFromJsDemo)),
} satisfies Record<string, ComponentType>;
