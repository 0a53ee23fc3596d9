// @vitest-environment node
import { expect, test } from 'vitest';
import { SITE_COOKIE_LIMIT, cookiesToEvict, type EvictionCandidate } from '../../../src/stores/pretend-http/cookie-eviction.ts';
import { HIDDEN_HTTP_ONLY, HIDDEN_OTHER_PATH, PAGE_WRITES, runFullJarScenario } from '../../../src/stores/pretend-http/full-jar-scenario.ts';
import { createPretendCookieJar } from '../../../src/stores/pretend-http/pretend-cookie-jar.ts';

const candidates = (count: number, site = 'shop.example', from = 0): EvictionCandidate[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${site}#${from + i}`, site, lastUsedMs: 1000 + from + i, order: from + i }));

test('a site at 180 cookies keeps them all; at 181 the 31 least recently used go, down to 150', () => {
  expect(SITE_COOKIE_LIMIT).toBe(180);
  expect(cookiesToEvict(candidates(180))).toEqual([]);
  const doomed = cookiesToEvict(candidates(181));
  expect(doomed).toHaveLength(31);
  expect(doomed).toEqual(candidates(31).map((c) => c.id));
});

test('each site is counted on its own, and recent use protects a cookie', () => {
  const busy = candidates(181, 'busy.example');
  const recentlyUsed = { ...busy[0]!, lastUsedMs: 99_999 };
  const quiet = candidates(100, 'quiet.example');
  const doomed = cookiesToEvict([recentlyUsed, ...busy.slice(1), ...quiet]);
  expect(doomed).toHaveLength(31);
  expect(doomed).not.toContain(recentlyUsed.id);
  expect(doomed.every((id) => id.startsWith('busy.example'))).toBe(true);
});

test('learner sees a pretend page push out the HttpOnly and other-path cookies it could never see, while document.cookie shows all of its own', async () => {
  const outcome = await runFullJarScenario(createPretendCookieJar());
  expect(outcome.hiddenBefore).toBe(HIDDEN_HTTP_ONLY + HIDDEN_OTHER_PATH);
  expect(outcome.visibleBefore).toBe(0);
  expect(outcome.pageWrote).toBe(PAGE_WRITES);
  expect(outcome.heldAfter).toBe(150);
  expect(outcome.evicted).toHaveLength(31);
  expect(outcome.evicted.filter((row) => row.httpOnly)).toHaveLength(20);
  expect(outcome.evicted.filter((row) => row.path === '/other-app')).toHaveLength(11);
  expect(outcome.visibleAfter).toBe(PAGE_WRITES);
  expect(outcome.warning).toMatch(/over the browser's limit of 180 per site.*deleted the 31 least recently used/);
});
