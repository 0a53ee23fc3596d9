import { describe, expect, it } from 'vitest';
import { MAX_COOKIE_INPUT_CHARS, pickSessionCookie } from '../../../src/stores/flask-session/session-cookie-input.ts';

const FLASK = 'eyJmYXZfbnVtYmVyIjo0Mn0.aSWc2g.9Mp2zEVxnMxA3E6gFqaOLl1EYiI';

function picked(text: string, name?: string) {
  const result = pickSessionCookie(text, name);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('reading what learners paste into the Session cookie box', () => {
  it('takes a bare value, dropping whitespace and saying so', () => {
    expect(picked(FLASK).cookie).toBe(FLASK);
    const wrapped = picked(` ${FLASK.slice(0, 20)}\n${FLASK.slice(20)} `);
    expect(wrapped.cookie).toBe(FLASK);
    expect(wrapped.notes.join(' ')).toMatch(/Dropped 3 whitespace/);
  });

  it('keeps = padding on a bare value instead of reading it as name=value', () => {
    expect(picked(`${FLASK}==`).cookie).toBe(`${FLASK}==`);
  });

  it('picks the session cookie from a whole Cookie header and says which it took', () => {
    const result = picked(`Cookie: fav_color=blue; session=${FLASK}; stl_theme=dark`);
    expect(result).toMatchObject({ cookie: FLASK, source: 'cookie-header', name: 'session', names: ['fav_color', 'session', 'stl_theme'] });
    expect(result.notes[0]).toMatch(/Took the cookie named "session" from a Cookie header with 3 cookies/);
  });

  it('follows the Cookie name box, and lists the names when the cookie is missing', () => {
    expect(picked(`fav_color=blue; my_app_session=${FLASK}`, 'my_app_session').cookie).toBe(FLASK);
    const missing = pickSessionCookie('Cookie: a=1; b=2');
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.reason).toMatch(/No cookie named "session".*"a", "b".*SESSION_COOKIE_NAME/);
  });

  it('takes the first of two cookies with the same name, as werkzeug does', () => {
    const result = picked(`Cookie: session=${FLASK}; session=other.x.y`);
    expect(result.cookie).toBe(FLASK);
    expect(result.notes.join(' ')).toMatch(/2 cookies named "session"/);
  });

  it('reads a Set-Cookie header and shows its attributes', () => {
    const result = picked(`Set-Cookie: session=${FLASK}; Expires=Thu, 01 Jan 2026 00:00:00 GMT; HttpOnly; Path=/; SameSite=Lax`);
    expect(result.cookie).toBe(FLASK);
    expect(result.source).toBe('set-cookie');
    expect(result.attributes).toEqual([
      ['Expires', 'Thu, 01 Jan 2026 00:00:00 GMT'],
      ['HttpOnly', 'yes'],
      ['Path', '/'],
      ['SameSite', 'Lax'],
    ]);
    const other = pickSessionCookie('Set-Cookie: remember_token=abc; Path=/');
    expect(!other.ok && other.reason).toMatch(/sets "remember_token", not "session"/);
  });

  it('reads rows copied from the DevTools cookie table (tab-separated)', () => {
    const rows = [
      'fav_color\tblue\tlocalhost\t/\tSession\t13\t\t\t\t\tMedium',
      `session\t${FLASK}\tlocalhost\t/\tSession\t${7 + FLASK.length}\t✓\t\tLax\t\t\tMedium`,
    ].join('\n');
    const result = picked(rows);
    expect(result).toMatchObject({ cookie: FLASK, source: 'devtools-row', names: ['fav_color', 'session'] });
    expect(Object.fromEntries(result.attributes)).toMatchObject({ Domain: 'localhost', Path: '/', HttpOnly: 'yes', SameSite: 'Lax' });
  });

  it('refuses a 1 MB paste with the limit, quickly', () => {
    const started = performance.now();
    const result = pickSessionCookie('a'.repeat(1_000_000));
    expect(performance.now() - started).toBeLessThan(200);
    expect(!result.ok && result.reason).toMatch(new RegExp(`1,000,000 characters.*at most ${MAX_COOKIE_INPUT_CHARS.toLocaleString('en')}`));
  });

  it('picks from a header with 300 cookies and notes that no browser sends that many for one site', () => {
    const header = `Cookie: ${Array.from({ length: 300 }, (_, i) => `c${i}=v${i}`).join('; ')}; session=${FLASK}`;
    const started = performance.now();
    const result = picked(header);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.cookie).toBe(FLASK);
    expect(result.notes.join(' ')).toMatch(/301 cookies; Chromium keeps about 180/);
  });

  it('does not let a cookie named __proto__ or constructor confuse the lookup', () => {
    expect(pickSessionCookie('Cookie: a=1', '__proto__').ok).toBe(false);
    expect(pickSessionCookie('Cookie: a=1', 'constructor').ok).toBe(false);
    expect(picked('__proto__=x.y.z', '__proto__').cookie).toBe('x.y.z');
  });
});
