// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { runCookieLimitProbe, type CookieAccess, type ProbeProgress } from '../../src/stores/cookie-limit-probe-run.ts';
import { PROBE_PREFIX } from '../../src/stores/cookie-limit-probe.ts';

interface FakeBrowserOptions {
  readonly maxBytes?: number;
  readonly maxCookies?: number;
  /** What happens past maxCookies: Chromium evicts the oldest; some browsers refuse the new one. */
  readonly overflow?: 'evict' | 'refuse';
  readonly initial?: readonly string[];
  readonly failOnWrite?: number;
}

/** A document.cookie for one path: insertion order is age, as in an LRU eviction. */
function fakeBrowser(options: FakeBrowserOptions = {}) {
  const { maxBytes = 4096, maxCookies = 180, overflow = 'evict' } = options;
  const jar = new Map<string, string>((options.initial ?? []).map((name) => [name, 'v']));
  const headers: string[] = [];
  /** How many cookies the jar held after each write. */
  const sizes: number[] = [];
  const access: CookieAccess = {
    read: () => [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    write(header) {
      headers.push(header);
      if (options.failOnWrite !== undefined && headers.length === options.failOnWrite) throw new Error('boom');
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      expect(attributes.map((a) => a.trim())).toContain('Path=/app');
      if (attributes.some((a) => a.trim() === 'Max-Age=0')) {
        jar.delete(name);
        return;
      }
      if (name.length + value.length > maxBytes) return;
      jar.delete(name);
      jar.set(name, value);
      sizes.push(jar.size);
      if (jar.size <= maxCookies) return;
      if (overflow === 'refuse') {
        jar.delete(name);
        return;
      }
      // Chromium purges 30 past 180; a small fake jar purges half.
      for (const oldest of [...jar.keys()].slice(0, Math.min(30, Math.floor(maxCookies / 2)))) jar.delete(oldest);
    },
  };
  return { jar, headers, sizes, access };
}

const probes = (names: Iterable<string>): string[] => [...names].filter((name) => name.startsWith(PROBE_PREFIX));

describe('runCookieLimitProbe against a fake browser', () => {
  test('Chromium-like: 4096 bytes, 20 test cookies at most, everything cleaned up, nothing else touched', async () => {
    const learner = ['theme', 'stl_fav_color', 'session'];
    const browser = fakeBrowser({ initial: learner });
    const progress: ProbeProgress[] = [];
    const report = await runCookieLimitProbe({ access: browser.access, path: '/app', onProgress: (p) => progress.push(p) });

    expect(report.size).toEqual({ largestKept: 4096, exact: true, anyKept: true, tries: 2 });
    expect(report.count).toEqual({ held: 23, stop: 'safety-cap', existing: 3, probesKept: 20, probesPlanned: 20 });
    expect(report.cleanup).toEqual({ deleted: 21, leftOver: [], evicted: [] });
    // Never more than the size probe plus 20 count probes at once.
    expect(Math.max(...browser.sizes)).toBe(learner.length + 20);
    expect([...browser.jar.keys()]).toEqual(learner);
    expect(Math.max(...[...browser.headers].map((h) => h.split(';')[0]?.length ?? 0))).toBeLessThanOrEqual(4097 + 1);

    const done = progress.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ phase: 'cleanup' });
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  });

  test('a browser that refuses cookie 11 is measured exactly', async () => {
    const browser = fakeBrowser({ maxCookies: 10, overflow: 'refuse', initial: ['a'] });
    const report = await runCookieLimitProbe({ access: browser.access, path: '/app' });
    expect(report.count).toMatchObject({ held: 10, stop: 'refused', probesKept: 9 });
    expect(probes(browser.jar.keys())).toEqual([]);
    expect([...browser.jar.keys()]).toEqual(['a']);
  });

  test('eviction stops the count at once, and the report names what was lost', async () => {
    const browser = fakeBrowser({ maxCookies: 16, initial: ['old_cookie'] });
    const report = await runCookieLimitProbe({ access: browser.access, path: '/app' });
    expect(report.count).toMatchObject({ held: 16, stop: 'evicted', probesKept: 15 });
    expect(report.cleanup.evicted).toEqual(['old_cookie']);
    expect(probes(browser.jar.keys())).toEqual([]);
  });

  test('a smaller size limit is found by bisection', async () => {
    const browser = fakeBrowser({ maxBytes: 2500 });
    const report = await runCookieLimitProbe({ access: browser.access, path: '/app', ceiling: 5 });
    expect(report.size).toMatchObject({ largestKept: 2500, exact: true });
  });

  test('probe cookies left by an interrupted run are deleted too, and only they', async () => {
    const browser = fakeBrowser({ initial: ['mine', 'stl_probe_n077', 'stl_fav_color'] });
    const report = await runCookieLimitProbe({ access: browser.access, path: '/app', ceiling: 4 });
    expect(report.count).toMatchObject({ existing: 2, probesKept: 2, held: 4 });
    expect([...browser.jar.keys()]).toEqual(['mine', 'stl_fav_color']);
  });

  test('cookies the page cannot see survive: 80 hidden and 80 visible, and the probes stop at 180 in all', async () => {
    // The jar counts every cookie of the host, like Chromium (180, then it purges 30): the hidden
    // ones (HttpOnly, other paths) are in it but not in document.cookie.
    const hidden = Array.from({ length: 80 }, (_, i) => `hidden_${i}`);
    const visible = Array.from({ length: 80 }, (_, i) => `mine_${i}`);
    const jar = new Map<string, string>([...hidden, ...visible].map((name) => [name, 'v']));
    const access: CookieAccess = {
      read: () => [...jar].filter(([name]) => !name.startsWith('hidden_')).map(([n, v]) => `${n}=${v}`).join('; '),
      write(header) {
        const [pair = ''] = header.split(';');
        const name = pair.slice(0, pair.indexOf('='));
        if (header.includes('Max-Age=0')) jar.delete(name);
        else jar.set(name, pair.slice(pair.indexOf('=') + 1));
        if (jar.size > 180) for (const oldest of [...jar.keys()].slice(0, 30)) jar.delete(oldest);
      },
    };
    const report = await runCookieLimitProbe({ access, path: '/app' });
    expect(report.count).toMatchObject({ probesKept: 20, held: 100, stop: 'safety-cap' });
    expect([...jar.keys()]).toEqual([...hidden, ...visible]);
  });

  test('an error half-way still deletes every probe cookie written so far', async () => {
    const browser = fakeBrowser({ initial: ['mine'], failOnWrite: 20 });
    await expect(runCookieLimitProbe({ access: browser.access, path: '/app' })).rejects.toThrow('boom');
    expect([...browser.jar.keys()]).toEqual(['mine']);
  });

  test('a page that already shows 100 cookies writes no count probes at all', async () => {
    const initial = Array.from({ length: 100 }, (_, i) => `c${i}`);
    const browser = fakeBrowser({ initial });
    const report = await runCookieLimitProbe({ access: browser.access, path: '/app' });
    expect(report.count).toEqual({ held: 100, stop: 'safety-cap', existing: 100, probesKept: 0, probesPlanned: 0 });
    expect([...browser.jar.keys()]).toEqual(initial);
  });
});
