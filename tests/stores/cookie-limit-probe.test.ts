// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  PROBE_PREFIX,
  SIZE_PROBE_NAME,
  cleanupList,
  countProbeName,
  missingAfter,
  nextSizeToTry,
  planCountProbe,
  probeCookieHeader,
  probeDeletionHeader,
  recordSizeResult,
  sizeAnswer,
  sizeProbeValue,
  startSizeSearch,
  type SizeSearch,
} from '../../src/stores/cookie-limit-probe.ts';

/** Runs the size search against a browser that keeps name + value up to `limit` bytes. */
function searchAgainst(limit: number): SizeSearch {
  let search = startSizeSearch();
  for (let bytes = nextSizeToTry(search); bytes !== null; bytes = nextSizeToTry(search)) {
    search = recordSizeResult(search, bytes, bytes <= limit);
  }
  return search;
}

describe('the size search', () => {
  test('tries 4096 and 4097 first, and stops there when they bracket the limit', () => {
    const search = searchAgainst(4096);
    expect(search.tried).toEqual([
      { bytes: 4096, kept: true },
      { bytes: 4097, kept: false },
    ]);
    expect(sizeAnswer(search)).toEqual({ largestKept: 4096, exact: true, anyKept: true });
  });

  test.each([1, 100, 3000, 4095, 4098, 5000, 8191, 8192])('finds a limit of %i bytes exactly', (limit) => {
    const search = searchAgainst(limit);
    expect(search.largestKept).toBe(Math.max(limit, SIZE_PROBE_NAME.length));
    expect(search.tried.length).toBeLessThanOrEqual(2 + 13);
  });

  test('a browser with no limit in range is reported as "at least" the largest size tried', () => {
    expect(sizeAnswer(searchAgainst(1_000_000))).toEqual({ largestKept: 8192, exact: false, anyKept: true });
  });

  test('a browser that keeps nothing is reported as blocked', () => {
    expect(sizeAnswer(searchAgainst(0)).anyKept).toBe(false);
  });

  test('probe values make name + value exactly the size tried', () => {
    expect(SIZE_PROBE_NAME.length + sizeProbeValue(4096).length).toBe(4096);
    expect(sizeProbeValue(3)).toBe('');
  });
});

describe('the count plan', () => {
  test('adds at most 20 test cookies, far below the 180 per site past which browsers evict, not counting old probes', () => {
    expect(planCountProbe(['a', 'b', `${PROBE_PREFIX}n004`])).toEqual({ existing: 2, probes: 20 });
    expect(planCountProbe([])).toEqual({ existing: 0, probes: 20 });
    expect(planCountProbe(Array.from({ length: 90 }, (_, i) => `c${i}`))).toEqual({ existing: 90, probes: 10 });
    expect(planCountProbe(Array.from({ length: 170 }, (_, i) => `c${i}`))).toEqual({ existing: 170, probes: 0 });
  });

  test('probe names sort like numbers and carry the prefix', () => {
    expect([countProbeName(1), countProbeName(12), countProbeName(150)]).toEqual([
      'stl_probe_n001',
      'stl_probe_n012',
      'stl_probe_n150',
    ]);
  });
});

describe('headers and cleanup', () => {
  test('probe cookies expire by themselves and are deleted with the same Path', () => {
    expect(probeCookieHeader('stl_probe_n001', '1', '/course')).toBe('stl_probe_n001=1; Max-Age=300; Path=/course; SameSite=Strict');
    expect(probeDeletionHeader('stl_probe_n001', '/course')).toBe('stl_probe_n001=; Max-Age=0; Path=/course');
  });

  test('the cleanup list holds every probe written and stale ones, and never a learner cookie', () => {
    const list = cleanupList(
      [SIZE_PROBE_NAME, 'stl_probe_n001', 'stl_probe_n002'],
      ['theme', 'stl_fav_color', 'stl_probe_n001', 'stl_probe_n099', '__proto__'],
    );
    expect(list.sort()).toEqual(['stl_probe_n001', 'stl_probe_n002', 'stl_probe_n099', SIZE_PROBE_NAME].sort());
    expect(cleanupList(['theme', 'stl_probe'], [])).toEqual([]);
  });

  test('missingAfter names learner cookies that disappeared, ignoring probes', () => {
    expect(missingAfter(['a', 'b', 'stl_probe_n001'], ['b'])).toEqual(['a']);
  });
});
