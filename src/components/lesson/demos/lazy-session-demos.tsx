import { lazyDemo } from './lazy-demo.tsx';

export const LazyFlaskSessionDictionaryDemo = lazyDemo('FlaskSessionDictionaryDemo', () =>
  import('./flask-session-dictionary-demo.tsx').then((m) => m.FlaskSessionDictionaryDemo),
);
export const LazyFlaskSessionOpenDemo = lazyDemo('FlaskSessionOpenDemo', () =>
  import('./flask-session-open-demo.tsx').then((m) => m.FlaskSessionOpenDemo),
);
export const LazyFlaskSessionTamperDemo = lazyDemo('FlaskSessionTamperDemo', () =>
  import('./flask-session-tamper-demo.tsx').then((m) => m.FlaskSessionTamperDemo),
);
export const LazyFlaskSecretCrackDemo = lazyDemo('FlaskSecretCrackDemo', () =>
  import('./flask-secret-crack-demo.tsx').then((m) => m.FlaskSecretCrackDemo),
);
export const LazyFlaskPermanentSessionDemo = lazyDemo('FlaskPermanentSessionDemo', () =>
  import('./flask-permanent-session-demo.tsx').then((m) => m.FlaskPermanentSessionDemo),
);
export const LazyServerSessionDemo = lazyDemo('ServerSessionDemo', () => import('./server-session-demo.tsx').then((m) => m.ServerSessionDemo));
export const LazySessionFixationDemo = lazyDemo('SessionFixationDemo', () =>
  import('./session-fixation-demo.tsx').then((m) => m.SessionFixationDemo),
);
