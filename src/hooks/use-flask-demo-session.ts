import { appCookiePath } from '../config/env.ts';
import { appCookies } from '../config/app-keys.ts';
import type { FlaskValue } from '../stores/flask-session/index.ts';
import { failed, type WriteResult } from '../stores/result.ts';
import { useCookies } from './use-cookies.ts';
import { useFlaskCodec, useWebCryptoAvailable } from './use-flask-codec.ts';
import type { FlaskCodec } from '../stores/flask-codec-loader.ts';
import { useFlaskVerdict, type FlaskVerdictState } from './use-flask-verdict.ts';

/** Our stand-in for Flask's `session` cookie: a real cookie, prefixed like every key this app owns. */
export const FLASK_DEMO_COOKIE = appCookies.flaskSession;
/** The lecture's SECRET_KEY, used on purpose: the lesson later shows how fast it falls. */
export const FLASK_DEMO_SECRET = 'SHHHHHHHHHH SEEKRIT';

export interface FlaskDemoSession {
  readonly codec: FlaskCodec | null;
  readonly webCrypto: boolean | null;
  /** The real cookie's value, or null when there is none (undefined before the browser is read). */
  readonly cookie: string | null | undefined;
  /** What the pretend Flask app makes of that cookie with its secret key. */
  readonly verdict: FlaskVerdictState;
  /** Signs the session like Flask and stores it as the real cookie; `expires` makes it permanent. */
  readonly save: (session: FlaskValue, options?: { readonly expires?: Date }) => Promise<{ readonly result: WriteResult; readonly cookie: string | null }>;
  readonly writeRaw: (cookie: string) => WriteResult;
}

/** The sessions lessons' pretend Flask app: signs with the codec, keeps the result in a real cookie. */
export function useFlaskDemoSession(): FlaskDemoSession {
  const codecState = useFlaskCodec();
  const codec = codecState.status === 'ready' ? codecState.codec : null;
  const webCrypto = useWebCryptoAvailable();
  const { snapshot, store } = useCookies();
  const cookie = snapshot.status === 'ok' ? (snapshot.entries.find((entry) => entry.name === FLASK_DEMO_COOKIE)?.value ?? null) : undefined;
  const verdict = useFlaskVerdict(codec, cookie ?? '', FLASK_DEMO_SECRET, webCrypto === true);
  const path = appCookiePath();

  const writeRaw = (value: string, expires?: Date): WriteResult =>
    store.set({ name: FLASK_DEMO_COOKIE, value, path, sameSite: 'lax', ...(expires ? { expires } : {}) });

  const save: FlaskDemoSession['save'] = async (session, options = {}) => {
    if (!codec) return { result: failed('The session codec is still loading.'), cookie: null };
    if (webCrypto !== true) return { result: failed('This page has no WebCrypto (crypto.subtle), so it cannot sign: open it over https or on localhost.'), cookie: null };
    const signed = await codec.signSession(session, FLASK_DEMO_SECRET);
    return { result: writeRaw(signed, options.expires), cookie: signed };
  };

  return { codec, webCrypto, cookie, verdict, save, writeRaw: (value) => writeRaw(value) };
}
