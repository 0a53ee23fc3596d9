import type { FetchHandler, PretendServer } from './http-types.ts';
import { createCourseApp } from '../../server/app.ts';
import { adNetworkSite, rithmShopSite, rithmWwwSite } from '../../server/other-sites.ts';
import type { CourseServerConfig } from '../../server/server-env.ts';
import { createSqlSessionStore } from '../../server/session-store-sql.ts';
import type { SessionStore } from '../../server/session-store.ts';
import { createPretendServer } from './pretend-server.ts';
import { loadPageSql } from './page-sql.ts';
import { SITE_ORIGINS } from './site-origins.ts';

export { SITE_ORIGINS };

/** A random SECRET_KEY for the page's pretend Flask app, made up when the page loads it. */
function randomSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The page's pretend Flask app: the course's real handlers, a session database in memory. */
export function createPageServerConfig(): CourseServerConfig {
  const secret = randomSecret();
  let sessions: Promise<SessionStore> | null = null;
  return {
    mode: 'simulated',
    cookiePath: '/',
    secretKey: secret,
    generatedSecretKey: secret,
    sessions: () => {
      sessions ??= loadPageSql().then((sql) => createSqlSessionStore({ sql }));
      sessions.catch(() => {
        sessions = null;
      });
      return sessions;
    },
  };
}

export function createPretendSites(config: CourseServerConfig = createPageServerConfig()): ReadonlyMap<string, FetchHandler> {
  const flask = createCourseApp({ config, prefix: '', setCookieEcho: true });
  const rithm = rithmWwwSite();
  return new Map<string, FetchHandler>([
    [SITE_ORIGINS.flaskDemo, flask],
    [SITE_ORIGINS.flaskDemoByIp, flask],
    [SITE_ORIGINS.rithmWww, rithm],
    [SITE_ORIGINS.rithmWwwInsecure, rithm],
    [SITE_ORIGINS.rithmShop, rithmShopSite()],
    [SITE_ORIGINS.adNetwork, adNetworkSite()],
  ]);
}

export function createDefaultPretendServer(): PretendServer {
  return createPretendServer(createPretendSites());
}
