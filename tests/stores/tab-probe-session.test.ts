import { expect, test } from 'vitest';
import { createProbeSession, type TabProbeChannel } from '../../src/stores/tab-probe-channel.ts';

interface Report {
  readonly probeId: string;
  readonly seen: string;
}

/** A channel whose other end the test plays: `deliver` is what a probed tab would send. */
function fakeChannel() {
  const listeners = new Set<(report: Report) => void>();
  const channel: TabProbeChannel<Report> = {
    hashPrefix: '#probe=',
    idFromHash: (hash) => (hash.startsWith('#probe=') ? hash.slice(7) : null),
    send: () => {},
    listen(onReport) {
      listeners.add(onReport);
      return () => listeners.delete(onReport);
    },
  };
  return { channel, listening: () => listeners.size, deliver: (report: Report) => listeners.forEach((listener) => listener(report)) };
}

test('a tab opened with window.open carries a probe id in its hash, and its report is collected once', () => {
  const { channel, deliver, listening } = fakeChannel();
  const urls: string[] = [];
  const seen: string[] = [];
  const session = createProbeSession<Report, string>(channel, {
    open: (url) => {
      urls.push(url);
      return {} as Window;
    },
    onReport: (report, probe) => seen.push(`${probe.how}:${probe.context}:${report.seen}`),
  });
  const stop = session.subscribe(() => {});
  expect(listening()).toBe(1);
  expect(session.openWindow('/lessons/session-storage', 'draft')).toBe(true);
  const [probe] = session.getSnapshot().opened;
  expect(probe?.how).toBe('window.open');
  expect(urls).toEqual([`/lessons/session-storage#probe=${probe?.probeId}`]);
  expect(probe?.probeId).toMatch(/^[0-9a-f]{12}$/);

  deliver({ probeId: probe?.probeId ?? '', seen: 'a copy' });
  deliver({ probeId: probe?.probeId ?? '', seen: 'again' });
  expect(session.getSnapshot().reports.get(probe?.probeId ?? '')).toEqual({ probeId: probe?.probeId, seen: 'a copy' });
  expect(seen).toEqual(['window.open:draft:a copy']);
  stop();
  expect(listening()).toBe(0);
});

test('reports of tabs this session did not open are ignored', () => {
  const { channel, deliver } = fakeChannel();
  const session = createProbeSession<Report, null>(channel, { open: () => ({}) as Window });
  session.subscribe(() => {});
  const before = session.getSnapshot();
  deliver({ probeId: 'aaaaaaaaaaaa', seen: 'someone else' });
  expect(session.getSnapshot()).toBe(before);
});

test('a link gets a fresh probe id per click; a blocked window.open says so and opens nothing', () => {
  const { channel } = fakeChannel();
  const session = createProbeSession<Report, null>(channel, { open: () => null });
  const first = session.linkHref('/compare/a/b', null);
  const second = session.linkHref('/compare/a/b', null);
  expect(first).not.toBe(second);
  expect(first.startsWith('/compare/a/b#probe=')).toBe(true);
  expect(session.openWindow('/compare/a/b', null)).toBe(false);
  const state = session.getSnapshot();
  expect(state.blocked).toBe(true);
  expect(state.opened.map((probe) => probe.how)).toEqual(['link', 'link']);
});
