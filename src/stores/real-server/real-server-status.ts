import type { ServerStatusBody } from '../../server/app.ts';
import { createStableStore } from '../stable-store.ts';
import type { ExternalStore } from '../pretend-http/http-types.ts';

/**
 * Does a real server answer beside this page? `npm run dev` and `npm start` mount the course's
 * server under `<base>api/`; a static build ships `api/status.json` saying `static` instead, so
 * the one check at start never logs a 404. Asked once per page, then cached.
 */
export type RealServerState =
  | { readonly status: 'unknown' }
  | { readonly status: 'real'; readonly info: ServerStatusBody }
  | { readonly status: 'static' };

const UNKNOWN: RealServerState = Object.freeze({ status: 'unknown' });
const STATIC: RealServerState = Object.freeze({ status: 'static' });
const state = createStableStore<RealServerState>(UNKNOWN);

export const realServerState: ExternalStore<RealServerState> = { subscribe: state.subscribe, getSnapshot: state.getSnapshot };
export const UNKNOWN_SERVER_STATE = UNKNOWN;

/** `<base>api` without a trailing slash: where the real server's routes are. */
export function apiBase(): string {
  return `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/api`;
}

function readStatus(body: unknown): RealServerState {
  if (body === null || typeof body !== 'object') return STATIC;
  const fields = body as Record<string, unknown>;
  if (fields.server !== 'real') return STATIC;
  const generated = typeof fields.generatedSecretKey === 'string' ? fields.generatedSecretKey : null;
  const storage = typeof fields.sessionStorage === 'string' ? fields.sessionStorage : 'memory';
  const info: ServerStatusBody = { server: 'real', generatedSecretKey: generated, sessionStorage: storage };
  return Object.freeze({ status: 'real', info });
}

let checking: Promise<RealServerState> | null = null;

export function checkRealServer(): Promise<RealServerState> {
  checking ??= fetch(`${apiBase()}/status.json`, { cache: 'no-store', credentials: 'same-origin' })
    .then(async (response) => (response.ok ? readStatus(await response.json()) : STATIC))
    .catch(() => STATIC)
    .then((found) => {
      state.set(found);
      return found;
    });
  return checking;
}

/** Tests: forget the answer, as a new page would. */
export function resetRealServerCheck(): void {
  checking = null;
  state.set(UNKNOWN);
}
