import { serializeSetCookieRaw } from '../../lib/cookies/set-cookie-header.ts';
import { createCourseApp } from '../../server/app.ts';
import { SERVER_SIDE_SESSION_COOKIE, serverSideCookieOptions, type SessionTableBody } from '../../server/server-side-routes.ts';
import { readSessionTable } from '../session-table-answer.ts';
import { createStableStore, type ExternalStore } from '../stable-store.ts';
import { INITIAL_FIXATION, type AttackerFinding, type FixationSnapshot, type FixationTableRow } from './fixation-types.ts';
import { createPretendBrowser, type PretendBrowser } from './pretend-browser.ts';
import { createPretendServer } from './pretend-server.ts';
import { createPageServerConfig } from './pretend-sites.ts';
import { SITE_ORIGINS } from './site-origins.ts';

/**
 * Session fixation, played for real on the course's handlers: one pretend server (the server-side
 * session routes over the SQL store, in this page's memory) and two pretend browsers with their
 * own tough-cookie jars — the attacker's and yours. It needs a second browser, so it runs in the
 * page in both modes (labelled simulated). The server's login is either the course's (a fresh id,
 * the old row deleted) or the vulnerable one (the same id, now logged in): two apps over one
 * store, picked per request by the `rotate` switch, as if the site's login view were rewritten.
 * https://owasp.org/www-community/attacks/Session_fixation
 * This module loads tough-cookie and, on the first request, sql.js: import it with `import()`.
 */
export interface FixationScenario extends ExternalStore<FixationSnapshot> {
  setRotate(rotate: boolean): void;
  /** The attacker visits the site in their own browser: a fresh session, whose id they can read in their jar. */
  attackerGetsId(): Promise<void>;
  /** The attacker gets that id into your browser's jar. */
  plantId(): Promise<void>;
  /** You log in as `user` on the site; then the attacker sends their id and sees what it opens. */
  youLogIn(user: string): Promise<void>;
}

const SITE = SITE_ORIGINS.flaskDemo;
/** The pretend Flask site has no prefix, so its server-side routes (and their cookie path) are here. */
const ROUTES = '/server-side';

const sessionIdIn = (browser: PretendBrowser): string | null =>
  browser.cookies.getSnapshot().find((row) => row.name === SERVER_SIDE_SESSION_COOKIE)?.value ?? null;

export function createFixationScenario(): FixationScenario {
  const config = createPageServerConfig();
  const safe = createCourseApp({ config, prefix: '' });
  const vulnerable = createCourseApp({ config, prefix: '', serverSideLogin: 'keep-id' });
  const state = createStableStore<FixationSnapshot>(INITIAL_FIXATION);
  const update = (patch: Partial<FixationSnapshot>): void => state.set(Object.freeze({ ...state.getSnapshot(), ...patch }));
  const server = createPretendServer(new Map([[SITE, { fetch: (request: Request) => (state.getSnapshot().rotate ? safe : vulnerable).fetch(request) }]]));
  const attacker = createPretendBrowser({ server });
  const you = createPretendBrowser({ server });

  /** The table as each browser's cookie sees it: `current` marks that browser's own row. */
  const tableAs = async (browser: PretendBrowser): Promise<SessionTableBody | null> => {
    return readSessionTable(await browser.fetch(`${SITE}${ROUTES}/table`, { record: false }));
  };

  const refresh = async (): Promise<void> => {
    const [yours, theirs] = await Promise.all([tableAs(you), tableAs(attacker)]);
    const attackerRow = theirs?.rows.find((row) => row.current) ?? null;
    const attackerId = state.getSnapshot().attackerId;
    const attackerFinds: AttackerFinding | null =
      attackerId === null ? null : attackerRow === null ? { kind: 'nothing' } : attackerRow.user === null ? { kind: 'anonymous' } : { kind: 'logged-in', user: attackerRow.user };
    const rows: FixationTableRow[] = (yours?.rows ?? []).map((row) => {
      const holders: ('you' | 'attacker')[] = [];
      if (row.current) holders.push('you');
      if (attackerRow !== null && attackerRow.idStart === row.idStart && attackerRow.createdAt === row.createdAt) holders.push('attacker');
      return { ...row, holders };
    });
    update({ sql: yours?.sql ?? null, rows, attackerFinds, yourId: sessionIdIn(you) });
  };

  // One step at a time: a second click waits for the first to finish.
  let queue: Promise<void> = Promise.resolve();
  const step = (work: () => Promise<void>): Promise<void> => {
    queue = queue.then(async () => {
      update({ busy: true, failure: null });
      try {
        await work();
        await refresh();
      } catch (error) {
        update({ failure: `The pretend server could not answer (${error instanceof Error ? error.message : String(error)}). Reload the page to start again.` });
      } finally {
        update({ busy: false });
      }
    });
    return queue;
  };

  return {
    subscribe: state.subscribe,
    getSnapshot: state.getSnapshot,
    setRotate(rotate) {
      update({ rotate });
    },
    attackerGetsId: () =>
      step(async () => {
        // A fresh session each time: the attacker starts from an empty jar of their own.
        await attacker.clearCookies();
        const exchange = await attacker.fetch(`${SITE}${ROUTES}/`);
        update({ attackerLast: exchange, attackerId: sessionIdIn(attacker), plantNote: null });
      }),
    plantId: () =>
      step(async () => {
        const id = state.getSnapshot().attackerId;
        if (id === null) return;
        // Exactly the cookie the site itself would set, so it replaces yours.
        const header = serializeSetCookieRaw(SERVER_SIDE_SESSION_COOKIE, id, serverSideCookieOptions(ROUTES));
        const verdict = await you.plantCookie(`${SITE}${ROUTES}/`, header);
        update({ plantNote: verdict.accepted ? `Your browser now holds Set-Cookie: ${header}` : `Your browser refused the planted cookie: ${verdict.reason}` });
      }),
    youLogIn: (user) =>
      step(async () => {
        const login = await you.fetch(`${SITE}${ROUTES}/login`, { method: 'POST', body: new URLSearchParams({ user }) });
        update({ yourLast: login });
        if (state.getSnapshot().attackerId === null) return;
        // The attacker tries their copy of the id on a page that says who is logged in.
        update({ attackerLast: await attacker.fetch(`${SITE}${ROUTES}/my-route`) });
      }),
  };
}
