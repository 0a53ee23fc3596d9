import { splitCookiePairs, splitSetCookieHeader } from '../../lib/cookies/cookie-split.ts';
import { INPUT_MAX_CHARS } from './input-limits.ts';

/**
 * What a learner pastes into the `Session cookie` box → the one cookie value Flask would
 * read. Real pastes are: the bare value; `session=…`; a whole `Cookie:` request header; a
 * `Set-Cookie:` response header (with its attributes); or rows copied from DevTools'
 * Application → Cookies table, which are tab-separated (name, value, domain, path,
 * expires/max-age, size, httponly, secure, samesite, partition key, priority — Chrome's column
 * order, https://developer.chrome.com/docs/devtools/application/cookies#fields).
 * Headers are split with the course's cookie toolkit (src/lib/cookies: RFC 6265bis pairs, and
 * Set-Cookie attributes as written); values are taken as sent, without percent-decoding (a
 * Flask session cookie is base64url and dots, which nothing encodes).
 */

/** Flask's SESSION_COOKIE_NAME default (flask/src/flask/app.py default_config). */
export const DEFAULT_SESSION_COOKIE_NAME = 'session';

/** Longer pastes are refused with a message: the tool's one input limit (input-limits.ts, 64 KiB), 16 full 4 KB cookies. */
export const MAX_COOKIE_INPUT_CHARS = INPUT_MAX_CHARS;

export type CookieInputSource = 'value' | 'name-value' | 'cookie-header' | 'set-cookie' | 'devtools-row';

export interface PickedSessionCookie {
  readonly ok: true;
  /** The cookie value to decode. */
  readonly cookie: string;
  readonly source: CookieInputSource;
  /** The cookie's name when the paste had names; null for a bare value. */
  readonly name: string | null;
  /** Every cookie name the paste held, in order (a header may hold many). */
  readonly names: readonly string[];
  /** Set-Cookie or DevTools attributes, in a readable order: [label, value]. */
  readonly attributes: readonly (readonly [string, string])[];
  /** What was dropped or chosen, in words ("took the cookie named session, 1 of 3"). */
  readonly notes: readonly string[];
}

export interface CookieInputError {
  readonly ok: false;
  readonly reason: string;
  readonly names: readonly string[];
}

export type SessionCookieInput = PickedSessionCookie | CookieInputError;

const COOKIE_HEADER = /^\s*cookie\s*:/i;
const SET_COOKIE_HEADER = /^\s*set-cookie\s*:/i;
/** RFC 6265 §4.1.1 cookie-name is an RFC 7230 token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

function fail(reason: string, names: readonly string[] = []): CookieInputError {
  return { ok: false, reason, names };
}

/** Picks the cookie named `cookieName` (default `session`) from whatever was pasted. */
export function pickSessionCookie(text: string, cookieName: string = DEFAULT_SESSION_COOKIE_NAME): SessionCookieInput {
  if (text.length > MAX_COOKIE_INPUT_CHARS) {
    return fail(
      `The paste is ${text.length.toLocaleString('en')} characters; this box reads at most ${MAX_COOKIE_INPUT_CHARS.toLocaleString('en')} ` +
        '(a browser keeps at most 4096 bytes per cookie). Paste one cookie, or the Cookie header of one request.',
    );
  }
  const name = cookieName.trim() === '' ? DEFAULT_SESSION_COOKIE_NAME : cookieName.trim();
  const trimmed = text.trim();
  if (trimmed === '') return fail('The box is empty.');
  if (SET_COOKIE_HEADER.test(trimmed)) return fromSetCookie(trimmed.replace(SET_COOKIE_HEADER, ''), name);
  if (COOKIE_HEADER.test(trimmed)) return fromCookieHeader(trimmed.replace(COOKIE_HEADER, ''), name, 'cookie-header');
  if (trimmed.includes('\t')) return fromDevtoolsRows(trimmed, name);
  const eq = trimmed.indexOf('=');
  const semicolon = trimmed.includes(';');
  // `name=value` or `a=1; b=2` (a header without its `Cookie:`); but a bare value may end in `=` padding.
  if (eq > 0 && TOKEN.test(trimmed.slice(0, eq)) && (semicolon || trimmed.slice(eq + 1).replace(/=+$/, '') !== '')) {
    return fromCookieHeader(trimmed, name, semicolon ? 'cookie-header' : 'name-value');
  }
  return bareValue(text);
}

function bareValue(text: string): SessionCookieInput {
  const cookie = text.replace(/\s+/g, '');
  const spaces = text.length - cookie.length;
  return {
    ok: true,
    cookie,
    source: 'value',
    name: null,
    names: [],
    attributes: [],
    notes: spaces > 0 ? [`Dropped ${spaces} whitespace character${spaces === 1 ? '' : 's'}: a cookie value holds none.`] : [],
  };
}

function fromCookieHeader(header: string, name: string, source: 'cookie-header' | 'name-value'): SessionCookieInput {
  const pairs = splitCookiePairs(header);
  const names = pairs.map((pair) => pair.name.trim()).filter((n) => n !== '');
  // The first pair with the name, as werkzeug (request.cookies) and the cookie package read it.
  const pair = pairs.find((p) => p.name.trim() === name);
  if (pair === undefined) {
    const listed = names.slice(0, 12).map(quoted).join(', ') + (names.length > 12 ? `, … (${names.length} in all)` : '');
    return fail(`No cookie named ${quoted(name)} in this header${names.length > 0 ? `; it has ${listed}` : ''}. Set the Cookie name box to the one your app uses (SESSION_COOKIE_NAME).`, names);
  }
  const notes: string[] = [];
  const what = source === 'cookie-header' ? `a Cookie header with ${names.length} cookie${names.length === 1 ? '' : 's'}` : `${quoted(`${name}=…`)}`;
  notes.push(names.length > 1 ? `Took the cookie named ${quoted(name)} from ${what}.` : `Took the value of the cookie named ${quoted(name)}.`);
  const count = names.filter((n) => n === name).length;
  if (count > 1) {
    notes.push(`The header holds ${count} cookies named ${quoted(name)} (set on different paths or domains); browsers send the most specific path first, and Flask (werkzeug) reads the first, so this is the first.`);
  }
  // Chromium keeps ~180 cookies per domain (FIELD-NOTES); a header with more came from several hosts or was made up.
  if (names.length > 180) notes.push(`This header holds ${names.length} cookies; Chromium keeps about 180 per domain.`);
  return { ok: true, cookie: pair.value.trim(), source, name, names, attributes: [], notes };
}

function fromSetCookie(header: string, name: string): SessionCookieInput {
  const { pair, attributes } = splitSetCookieHeader(header.trim());
  const eq = pair.indexOf('=');
  const setName = (eq < 0 ? '' : pair.slice(0, eq)).trim();
  if (setName !== name) {
    return fail(`This Set-Cookie header sets ${quoted(setName)}, not ${quoted(name)}. Set the Cookie name box to ${quoted(setName)} to read it.`, setName === '' ? [] : [setName]);
  }
  const notes = [`Took the cookie ${quoted(name)} from a Set-Cookie header (the response that stored it).`];
  if (!attributes.some((a) => a.name === 'expires' || a.name === 'max-age')) {
    notes.push('No Expires or Max-Age: the browser keeps it until it closes (session.permanent is False), but Flask still checks its age against PERMANENT_SESSION_LIFETIME.');
  }
  return {
    ok: true,
    cookie: pair.slice(eq + 1).trim(),
    source: 'set-cookie',
    name,
    names: [setName],
    attributes: attributes.map((a) => [a.written, a.value ?? 'yes'] as const),
    notes,
  };
}

const DEVTOOLS_COLUMNS = ['Domain', 'Path', 'Expires / Max-Age', 'Size', 'HttpOnly', 'Secure', 'SameSite', 'Partition Key', 'Cross Site', 'Priority'] as const;

function fromDevtoolsRows(text: string, name: string): SessionCookieInput {
  const rows = text
    .split(/\r?\n/)
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length >= 2 && (cells[0] ?? '').trim() !== '');
  const names = rows.map((cells) => (cells[0] ?? '').trim());
  const row = rows.find((cells) => (cells[0] ?? '').trim() === name);
  if (!row) {
    return fail(`No row for a cookie named ${quoted(name)} among the ${rows.length} pasted DevTools row${rows.length === 1 ? '' : 's'} (${names.slice(0, 12).map(quoted).join(', ')}).`, names);
  }
  const attributes: [string, string][] = [];
  DEVTOOLS_COLUMNS.forEach((label, index) => {
    const cell = (row[index + 2] ?? '').trim();
    if (cell !== '') attributes.push([label, cell === '✓' ? 'yes' : cell]);
  });
  const notes = [`Took the cookie ${quoted(name)} from ${rows.length > 1 ? `${rows.length} DevTools rows` : 'a DevTools row'} (tab-separated: name, value, domain, path, …).`];
  return { ok: true, cookie: (row[1] ?? '').trim(), source: 'devtools-row', name, names, attributes, notes };
}
