import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { getPath } from 'hono/utils/url';
import { createNodeCourseApp } from './course-node-app.ts';
import { staticFiles } from './static-files.ts';

/**
 * `npm start`: the built site (dist/) and the course's real server from one Node process
 * (@hono/node-server's serve: https://github.com/honojs/node-server), on HOST (default
 * 127.0.0.1) and PORT (default 3000; 0 picks a free port). SECRET_KEY and SESSION_DB come
 * from the environment. Only for the learner's own machine or their own deploy.
 */
export interface StartOptions {
  readonly host?: string;
  readonly port?: number;
  readonly dist?: string;
  /** The base the site was built with (`/` or `/repo/`). */
  readonly base?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly memoryOnly?: boolean;
  readonly quiet?: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The base a build was made with (`npm run build -- --base=/repo/`), read off its index.html's script URL. */
export function builtBase(dist: string): string {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return '/';
  const found = /<script[^>]*\ssrc="([^"]*\/)assets\/[^"]*"/.exec(readFileSync(index, 'utf8'));
  return found?.[1] ?? '/';
}

export function startCourseServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const dist = options.dist ?? env.DIST_DIR ?? 'dist';
  const base = options.base ?? env.BASE_PATH ?? builtBase(dist);
  const normalizedBase = base.endsWith('/') ? base : `${base}/`;
  const log = options.quiet === true ? () => undefined : (line: string) => console.log(line);
  const { app: api, prefix, config, sessionStorage } = createNodeCourseApp({ base: normalizedBase, env, memoryOnly: options.memoryOnly ?? false, log });
  const files = staticFiles(dist, normalizedBase);
  // One test per request picks the handlers or the built site: the path as Hono's router reads it
  // (getPath: percent-decoded, query dropped), `${prefix}` itself or anything under `${prefix}/`.
  // The same split an outer Hono app with `all(prefix)`, `all(prefix/*)` and `all('*')` made,
  // without a second router, context and dispatch for every request.
  const underApi = `${prefix}/`;
  const site = async (request: Request): Promise<Response> => {
    try {
      return await files(request);
    } catch (error) {
      // As Hono's default error handler answered: the site's server keeps running.
      if (!(error instanceof Error)) throw error;
      console.error(error);
      return new Response('Internal Server Error', { status: 500, headers: { 'Content-Type': 'text/plain; charset=UTF-8' } });
    }
  };
  const fetch = (request: Request, env: unknown): Response | Promise<Response> => {
    const path = getPath(request);
    return path === prefix || path.startsWith(underApi) ? api.fetch(request, env) : site(request);
  };
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  const port = options.port ?? Number(env.PORT ?? '3000');
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch, hostname: host, port }, (info: AddressInfo) => {
      const shownHost = host.includes(':') ? `[${host}]` : host;
      const url = `http://${shownHost}:${info.port}${normalizedBase}`;
      log(`The course and its server: ${url}`);
      log(`  server routes under ${prefix}/ · sessions: ${sessionStorage} · SECRET_KEY: ${config.generatedSecretKey === null ? 'from the environment' : 'made up for this run (set SECRET_KEY to keep one)'}`);
      resolvePromise({
        url,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on('error', reject);
  });
}
