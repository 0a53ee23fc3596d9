import { handle } from 'hono/netlify';
import { adapterCourseApp, type AdapterOptions } from './adapter-app.ts';

/**
 * Netlify Functions (v2: `(Request, Context) => Response`) calling the course's handlers.
 * Use it from `netlify/functions/api.mts`:
 *   import { createNetlifyHandler } from '../../src/server/adapters/netlify.ts';
 *   export default createNetlifyHandler();
 *   export const config = { path: '/api/*' };
 * https://docs.netlify.com/functions/get-started/ · https://hono.dev/docs/getting-started/netlify
 * (`hono/netlify` is deprecated for Hono 5 in favour of `@hono/netlify`; it works in Hono 4.)
 */
export function createNetlifyHandler(options: AdapterOptions = {}, env: Readonly<Record<string, unknown>> = readProcessEnv()) {
  return handle(adapterCourseApp(env, options));
}

function readProcessEnv(): Readonly<Record<string, unknown>> {
  const holder = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return holder.process?.env ?? {};
}
