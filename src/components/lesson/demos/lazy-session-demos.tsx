import { lazy, Suspense, type ComponentType } from 'react';
// In the first load's stylesheet, so prerendered demos are styled before their code arrives.
import '../../flask-session/flask-session.css';

/**
 * The session demos load as their own chunks (the codec they use is a further chunk, fetched
 * when they mount), so other pages do not pay for them. Prerendering waits for them.
 */
function lazySessionDemo(name: string, load: () => Promise<ComponentType>): ComponentType {
  const Demo = lazy(() => load().then((component) => ({ default: component })));
  function LazyDemo() {
    return (
      <Suspense
        fallback={
          <section className="demo" aria-busy="true">
            <p className="muted">Loading the demo…</p>
          </section>
        }
      >
        <Demo />
      </Suspense>
    );
  }
  LazyDemo.displayName = `Lazy(${name})`;
  return LazyDemo;
}

export const LazyFlaskSessionDictionaryDemo = lazySessionDemo('FlaskSessionDictionaryDemo', () =>
  import('./flask-session-dictionary-demo.tsx').then((m) => m.FlaskSessionDictionaryDemo),
);
export const LazyFlaskSessionOpenDemo = lazySessionDemo('FlaskSessionOpenDemo', () =>
  import('./flask-session-open-demo.tsx').then((m) => m.FlaskSessionOpenDemo),
);
export const LazyFlaskSessionTamperDemo = lazySessionDemo('FlaskSessionTamperDemo', () =>
  import('./flask-session-tamper-demo.tsx').then((m) => m.FlaskSessionTamperDemo),
);
export const LazyFlaskSecretCrackDemo = lazySessionDemo('FlaskSecretCrackDemo', () =>
  import('./flask-secret-crack-demo.tsx').then((m) => m.FlaskSecretCrackDemo),
);
export const LazyFlaskPermanentSessionDemo = lazySessionDemo('FlaskPermanentSessionDemo', () =>
  import('./flask-permanent-session-demo.tsx').then((m) => m.FlaskPermanentSessionDemo),
);
export const LazyServerSessionDemo = lazySessionDemo('ServerSessionDemo', () => import('./server-session-demo.tsx').then((m) => m.ServerSessionDemo));
export const LazySessionFixationDemo = lazySessionDemo('SessionFixationDemo', () =>
  import('./session-fixation-demo.tsx').then((m) => m.SessionFixationDemo),
);
