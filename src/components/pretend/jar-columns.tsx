import type { JarCookieRow } from '../../stores/pretend-http/http-types.ts';
import type { ExtraColumn } from '../panels/entry-table.tsx';

/** How long until `expiresAt`, in words, for the countdown next to an expiry. */
export function timeLeft(expiresAt: number, nowMs: number): string {
  const seconds = Math.max(0, Math.ceil((expiresAt - nowMs) / 1000));
  if (seconds < 120) return `in ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `in ${hours} h` : `in ${Math.round(hours / 24)} days`;
}

const tick = (on: boolean): string => (on ? '✓' : '');

/** DevTools' form, without milliseconds: `2026-11-25T21:52:25Z`. */
export function devToolsDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The DevTools Application → Cookies columns after Name and Value. `nowMs` drives the countdown (0: none). */
export function jarColumns(nowMs: number): readonly ExtraColumn<JarCookieRow>[] {
  return [
    { header: 'Domain', cell: (row) => (row.hostOnly ? row.domain : `.${row.domain}`) },
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
    { header: 'HttpOnly', cell: (row) => tick(row.httpOnly) },
    { header: 'Secure', cell: (row) => tick(row.secure) },
    { header: 'SameSite', cell: (row) => row.sameSite ?? '' },
  ];
}
