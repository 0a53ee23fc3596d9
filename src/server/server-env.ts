import type { FlaskSecret } from '../stores/flask-session/session-signing-key.ts';
import type { SessionStore } from './session-store.ts';

/**
 * What every handler of the course's server may use. Pure data and functions: the same object
 * is built by `npm start` / the Vite plugin (a real HTTP server) and by the page (the pretend
 * browser calls the very same handlers with `app.fetch`).
 */
export interface CourseServerConfig {
  /** `real`: a real HTTP server answers the learner's browser; `simulated`: the pretend browser in the page. */
  readonly mode: 'real' | 'simulated';
  /** The Path of the cookies the lecture's routes set: the deploy base (`/` or `/repo`). */
  readonly cookiePath: string;
  /** Flask's `SECRET_KEY`. */
  readonly secretKey: FlaskSecret;
  /** Set when the key was made up at start (no SECRET_KEY): the sessions lesson shows it, as this is a course. */
  readonly generatedSecretKey: string | null;
  /** Where server-side sessions live (SQLite through sql.js), loaded on first use. */
  readonly sessions: () => Promise<SessionStore>;
}

/** Hono's environment for the course's handlers: what a handler records for the exchange echo. */
export interface CourseEnv {
  Variables: {
    /** Every `Set-Cookie` value this response sends, in order (see exchange-echo.ts). */
    sentCookies: string[];
  };
}
