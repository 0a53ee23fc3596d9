import type { JarCookieRow, SameSiteContext } from './http-types.ts';

/** Pure sentences about what the jar keeps and sends; no tough-cookie here. */

function scopeOf(row: JarCookieRow): string {
  const hosts = row.hostOnly
    ? `${row.domain} only (no Domain attribute)`
    : `${row.domain} and all its subdomains`;
  const paths = row.path === '/' ? 'on every path' : `on ${row.path} and paths below it`;
  return `${hosts}, ${paths}`;
}

function lifetimeOf(row: JarCookieRow): string {
  return row.expiresAt === null
    ? 'until the browser is closed (a session cookie)'
    : `until ${row.expires}`;
}

function flagsOf(row: JarCookieRow): string[] {
  const flags: string[] = [];
  if (row.httpOnly) flags.push('HttpOnly: page JavaScript cannot see it in document.cookie.');
  if (row.secure) flags.push('Secure: it only travels over https (or to localhost).');
  if (row.sameSite !== null) flags.push(`SameSite=${row.sameSite}.`);
  return flags;
}

export function describeStoredCookie(row: JarCookieRow, replaced: boolean): string {
  const verb = replaced ? 'Replaced' : 'Stored';
  return [`${verb} ${row.name}: it will be sent to ${scopeOf(row)}, ${lifetimeOf(row)}.`, ...flagsOf(row)].join(' ');
}

/** Why a cookie that matches the URL stayed home because of SameSite. */
export function withheldForSameSite(name: string, sameSite: string | undefined, context: SameSiteContext): string {
  const level = sameSite === 'strict' ? 'Strict' : 'Lax';
  const request =
    context === 'lax'
      ? 'this request is a link or form GET arriving from another site (Lax cookies go along, Strict ones do not)'
      : 'this request comes from another site and is not a top-level GET navigation';
  return `${name} was not sent: it is SameSite=${level}, and ${request}.`;
}
