/** Bad (and instructive) Set-Cookie headers for the free-form box, each with what to look for. */
export interface SetCookieExample {
  readonly label: string;
  readonly header: string;
  readonly explain: string;
}

export const SET_COOKIE_EXAMPLES: readonly SetCookieExample[] = [
  {
    label: 'Attribute injection',
    header: 'fav_color=blue; Domain=evil.com',
    explain: 'What a server sends if it pastes a visitor\'s "blue; Domain=evil.com" into the header by concatenation. Here the browser refuses the Domain; a cleverer value could widen Path or Domain instead. Encode values (the Favorite color form does).',
  },
  {
    label: 'A name that is not a token',
    header: 'fav color=blue',
    explain: 'RFC 6265 names may not contain spaces or separators such as ( ) , ; = " — yet browsers keep such a cookie. The log says why that is still trouble.',
  },
  {
    label: 'A malformed Expires date',
    header: 'promo=1; Expires=next tuesday; Path=/',
    explain: 'The browser ignores an attribute it cannot read, and keeps the cookie: here, as a session cookie.',
  },
  {
    label: 'A Domain this site may not set',
    header: 'tracker=1; Domain=example.com; Path=/',
    explain: 'Only the site\'s own host or a parent of it; everything else is refused.',
  },
  { label: 'The name __proto__', header: '__proto__=polluted; Path=/', explain: 'Just a name to the jar: stored like any other, no object is polluted.' },
  { label: 'The name hasOwnProperty', header: 'hasOwnProperty=1; Path=/', explain: 'Also just a name.' },
  {
    label: 'A line break (header splitting)',
    header: 'a=1\nSet-Cookie: admin=true',
    explain: 'A header value cannot hold a line break: the server refuses to send it at all, so no second header sneaks in.',
  },
  {
    label: 'Over 4096 bytes',
    header: `big=${'x'.repeat(4100)}; Path=/`,
    explain: 'Name and value together may not exceed 4096 bytes: the whole cookie is dropped.',
  },
];
