import { expect, test } from 'vitest';
import { readHttpOnlyCookie, sendCompareRequest, simulateRestart } from '../../../src/stores/experiments/pretend-compare-run.ts';

const entry = { name: 'color', value: 'sky blue' };

test('the pretend request carries the cookie only when the tab has it, plus the URL; never web storage', async () => {
  const withCookie = await sendCompareRequest({ basePath: '/course', entry, tabHasCookie: true });
  expect(withCookie.travelled).toEqual({ query: true, path: true, localStorage: false, sessionStorage: false, cookies: true });
  expect(withCookie.requestText).toMatch(/^GET \/course\/compare\/color\/sky%20blue\?color=sky\+blue HTTP\/1\.1/);
  expect(withCookie.requestText).toMatch(/Cookie: stl_color=sky%20blue/);
  const without = await sendCompareRequest({ basePath: '/course', entry, tabHasCookie: false });
  expect(without.travelled.cookies).toBe(false);
});

test('an HttpOnly cookie set by the pretend server is in the jar and missing from document.cookie', async () => {
  const outcome = await readHttpOnlyCookie({ basePath: '', entry, tabHasCookie: true });
  expect(outcome.jar).toEqual(expect.arrayContaining([{ name: 'stl_session_id', httpOnly: true }, { name: 'stl_theme', httpOnly: false }]));
  expect(outcome.documentCookie).toBe('stl_theme=dark');
  expect(outcome.hiddenFromJs).toBe(true);
});

test('a simulated restart drops the session cookie and keeps the one with Max-Age', async () => {
  const outcome = await simulateRestart({ basePath: '', entry, tabHasCookie: true });
  expect(outcome.before).toContain('stl_color=');
  expect(outcome.sessionCookieKept).toBe(false);
  expect(outcome.persistentCookieKept).toBe(true);
});
