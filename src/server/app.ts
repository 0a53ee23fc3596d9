import { Hono } from 'hono';
import { parseCookieHeader } from '../lib/cookies/cookie-header.ts';
import { exchangeEcho } from './exchange-echo.ts';
import { flaskCookieRoutes, setCookieEchoHandler } from './flask-cookie-routes.ts';
import { flaskSessionRoutes } from './flask-session-routes.ts';
import { serverSideRoutes, type ServerSideRouteOptions } from './server-side-routes.ts';
import type { CourseEnv, CourseServerConfig } from './server-env.ts';
import { answerErrorsLikeFlask, describeReceived } from './text-response.ts';

/**
 * The course's server: one set of Fetch-API handlers (`Request` → `Response`) written with Hono.
 * The same app answers the pretend browser in the page (`app.fetch`) and, under `npm run dev` /
 * `npm start` / a Functions deploy, the learner's own browser. Handlers know no DOM and no React.
 * https://hono.dev/docs/api/hono
 */
export interface CourseAppOptions {
  readonly config: CourseServerConfig;
  /** Where the routes live: `/api` (or `/repo/api`) on a real server; `` on the pretend Flask site. */
  readonly prefix: string;
  /** Include `/set` (send any Set-Cookie text): pretend sites only, never a real origin. */
  readonly setCookieEcho?: boolean;
  /** Where server-side sessions live, shown with the table: `memory` or a file path. */
  readonly sessionStorage?: string;
  /** `keep-id`: the fixation demo's vulnerable login (pretend server only, never a real origin). */
  readonly serverSideLogin?: ServerSideRouteOptions['login'];
}

export interface ServerStatusBody {
  readonly server: 'real' | 'simulated';
  /** The SECRET_KEY made up at start, when none was given (a course shows it); null when set by the environment. */
  readonly generatedSecretKey: string | null;
  readonly sessionStorage: string;
}

export function createCourseApp(options: CourseAppOptions): Hono<CourseEnv> {
  const { config, prefix } = options;
  const storage = options.sessionStorage ?? 'memory';
  // strict: false — `/api` and `/api/` are one route, as Flask's redirect_slashes would make them.
  const app = new Hono<CourseEnv>({ strict: false }).basePath(prefix === '' ? '/' : prefix);
  app.use(exchangeEcho());
  app.route('/', flaskCookieRoutes(config.cookiePath));
  app.route('/', flaskSessionRoutes(config));
  app.route('/server-side', serverSideRoutes(config, `${prefix}/server-side`, storage, { login: options.serverSideLogin ?? 'rotate' }));
  if (options.setCookieEcho === true) app.get('/set', setCookieEchoHandler);

  // A static build ships public/api/status.json saying "static"; a real server answers first.
  app.get('/status.json', (c) => {
    const body: ServerStatusBody = { server: config.mode, generatedSecretKey: config.generatedSecretKey, sessionStorage: storage };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });

  // What the server received: every cookie of the request, HttpOnly ones included (page JavaScript sees only some).
  app.get('/received-cookies', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json([...parseCookieHeader(c.req.header('Cookie'))].map(([name, value]) => ({ name, value })));
  });

  // Any path under /received/: what arrived (path, query, cookies). The compare page sends its
  // own URL's path and query here, carrying whatever cookies this browser attaches.
  app.get('/received/*', describeReceived);

  return answerErrorsLikeFlask(app);
}
