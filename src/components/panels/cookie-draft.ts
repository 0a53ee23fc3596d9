import type { CookieWrite } from '../../lib/cookies/cookie-rules.ts';
import type { CookieOptionsDraft } from './cookie-options-fields.tsx';

export type DraftParse = { readonly status: 'ok'; readonly write: CookieWrite } | { readonly status: 'failed'; readonly reason: string };

/** Turns the form's text fields into a cookie write, saying exactly which field is wrong. */
export function parseCookieDraft(name: string, value: string, options: CookieOptionsDraft): DraftParse {
  let maxAge: number | undefined;
  if (options.maxAge.trim() !== '') {
    const parsed = Number(options.maxAge.trim());
    if (!Number.isInteger(parsed)) {
      return { status: 'failed', reason: `Max-Age must be a whole number of seconds (got "${options.maxAge}"). Leave it empty for a session cookie.` };
    }
    maxAge = parsed;
  }
  let expires: Date | undefined;
  if (options.expires !== '') {
    expires = new Date(options.expires);
    if (Number.isNaN(expires.getTime())) return { status: 'failed', reason: `Expires "${options.expires}" is not a valid date.` };
  }
  return {
    status: 'ok',
    write: {
      name,
      value,
      path: options.path,
      ...(maxAge !== undefined ? { maxAge } : {}),
      ...(expires !== undefined ? { expires } : {}),
      ...(options.sameSite ? { sameSite: options.sameSite } : {}),
      secure: options.secure,
      encodeValue: options.encodeValue,
    },
  };
}
