import { handle } from 'hono/cloudflare-pages';
import type { Hono } from 'hono';
import { adapterCourseApp, type AdapterOptions } from './adapter-app.ts';

/**
 * Cloudflare Pages Functions calling the course's handlers. Use it from
 * `functions/api/[[path]].ts`:
 *   import { createPagesHandler } from '../../src/server/adapters/cloudflare-pages.ts';
 *   export const onRequest = createPagesHandler();
 * SECRET_KEY comes from the project's environment variables (`context.env`), so the app is
 * built on the first request. https://developers.cloudflare.com/pages/functions/ ·
 * https://hono.dev/docs/getting-started/cloudflare-pages (deprecated for Hono 5; works in Hono 4).
 */
export interface PagesContext {
  readonly request: Request;
  readonly env: Readonly<Record<string, unknown>>;
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
  next(): Promise<Response>;
}

export function createPagesHandler(options: AdapterOptions = {}): (context: PagesContext) => Response | Promise<Response> {
  let handler: ((context: PagesContext) => Response | Promise<Response>) | null = null;
  return (context) => {
    if (handler === null) {
      const app: Hono = adapterCourseApp(context.env, options) as unknown as Hono;
      handler = handle(app) as unknown as (context: PagesContext) => Response | Promise<Response>;
    }
    return handler(context);
  };
}
