import type { JarCookieRow } from '../../stores/pretend-http/http-types.ts';
import type { ExtraColumn } from '../panels/entry-table.tsx';
import { cookieDomainLabel, cookieFlagLabel, cookieSameSiteLabel, devToolsDate, timeLeft } from '../../lib/cookies/cookie-columns.ts';

export { devToolsDate, timeLeft };

/** The DevTools Application → Cookies columns after Name and Value. `nowMs` drives the countdown (0: none). */
export function jarColumns(nowMs: number): readonly ExtraColumn<JarCookieRow>[] {
  return [
    { header: 'Domain', cell: (row) => cookieDomainLabel(row.hostOnly ? null : row.domain, row.domain) },
    { header: 'Path', cell: (row) => row.path },
    {
      header: 'Expires / Max-Age',
      cell: (row) =>
        row.expiresAt === null ? (
          'Session'
        ) : (
          <>
            <time dateTime={new Date(row.expiresAt).toISOString()} title={row.expires}>
              {devToolsDate(row.expiresAt)}
            </time>
            {nowMs > 0 ? <span className="muted"> ({timeLeft(row.expiresAt, nowMs)})</span> : null}
          </>
        ),
    },
    { header: 'Size', cell: (row) => String(row.size) },
    { header: 'HttpOnly', cell: (row) => cookieFlagLabel(row.httpOnly) },
    { header: 'Secure', cell: (row) => cookieFlagLabel(row.secure) },
    { header: 'SameSite', cell: (row) => cookieSameSiteLabel(row.sameSite) },
  ];
}
