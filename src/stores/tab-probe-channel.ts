import { createExternalStore, type ExternalStore } from './stable-store.ts';

/**
 * How a tab opened by an experiment tells the tab that opened it what it sees. The opener puts a
 * probe id in the new tab's URL hash; the new tab reads its own storage and sends the values in a
 * BroadcastChannel message (a message can arrive before another tab could read a fresh
 * localStorage value, so the values travel with it). Each experiment has its own hash prefix and
 * channel, so one experiment's tabs are never claimed by another.
 */
export interface TabProbeChannel<Report extends { readonly probeId: string }> {
  readonly hashPrefix: string;
  /** The probe id in a URL hash, or null when this tab was not opened by this experiment. */
  idFromHash(hash: string): string | null;
  send(report: Report): void;
  /** In the opening tab: receive the reports. */
  listen(onReport: (report: Report) => void): () => void;
}

export function newProbeId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createTabProbeChannel<Report extends { readonly probeId: string }>(options: {
  readonly hashPrefix: string;
  readonly channel: string;
  readonly isReport: (data: unknown) => data is Report;
}): TabProbeChannel<Report> {
  const { hashPrefix, channel: name, isReport } = options;
  return {
    hashPrefix,
    idFromHash(hash) {
      if (!hash.startsWith(hashPrefix)) return null;
      const id = hash.slice(hashPrefix.length);
      return /^[0-9a-f]{12}$/.test(id) ? id : null;
    },
    send(report) {
      if (typeof BroadcastChannel === 'undefined') return;
      const channel = new BroadcastChannel(name);
      channel.postMessage(report);
      channel.close();
    },
    listen(onReport) {
      if (typeof BroadcastChannel === 'undefined') return () => {};
      const channel = new BroadcastChannel(name);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (isReport(event.data)) onReport(event.data);
      };
      return () => channel.close();
    },
  };
}

/** How an experiment opened a tab: a real link (no opener, fresh sessionStorage) or window.open (a copy of it). */
export type OpenedHow = 'link' | 'window.open';

export interface OpenedProbe<Context> {
  readonly probeId: string;
  readonly how: OpenedHow;
  /** What the opener wants to remember about this tab (e.g. the pair it should look for). */
  readonly context: Context;
}

export interface ProbeSessionState<Report, Context> {
  /** The tabs opened, oldest first. */
  readonly opened: readonly OpenedProbe<Context>[];
  /** Their reports by probe id (only the tabs this session opened). */
  readonly reports: ReadonlyMap<string, Report>;
  /** The last window.open was refused (a pop-up blocker). */
  readonly blocked: boolean;
}

export interface ProbeSession<Report, Context> extends ExternalStore<ProbeSessionState<Report, Context>> {
  /** Opens `url` with window.open, carrying a fresh probe id in its hash; false when the browser refused. */
  openWindow(url: string, context: Context): boolean;
  /** For a real link about to be followed: the href to give it (with a fresh probe id). */
  linkHref(url: string, context: Context): string;
}

/**
 * "Open a tab and collect its report", shared by the sessionStorage lab and the compare page:
 * which tabs were opened and how, and what each reported over the channel (listened to only while
 * someone subscribes). `onReport` runs once per report of a tab this session opened.
 */
export function createProbeSession<Report extends { readonly probeId: string }, Context>(
  channel: TabProbeChannel<Report>,
  options: { readonly open?: (url: string) => Window | null; readonly onReport?: (report: Report, probe: OpenedProbe<Context>) => void } = {},
): ProbeSession<Report, Context> {
  const open = options.open ?? ((url: string) => window.open(url, '_blank'));
  const store = createExternalStore<ProbeSessionState<Report, Context>>({
    initial: { opened: [], reports: new Map(), blocked: false },
    watch: () =>
      channel.listen((report) => {
        const state = store.getSnapshot();
        const probe = state.opened.find((candidate) => candidate.probeId === report.probeId);
        if (!probe || state.reports.has(report.probeId)) return;
        store.set({ ...state, reports: new Map(state.reports).set(report.probeId, report) });
        options.onReport?.(report, probe);
      }),
  });
  const add = (how: OpenedHow, context: Context): string => {
    const probeId = newProbeId();
    const state = store.getSnapshot();
    store.set({ ...state, opened: [...state.opened, { probeId, how, context }], blocked: false });
    return probeId;
  };
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    openWindow(url, context) {
      const probeId = newProbeId();
      const tab = open(`${url}${channel.hashPrefix}${probeId}`);
      const state = store.getSnapshot();
      if (tab === null) {
        store.set({ ...state, blocked: true });
        return false;
      }
      store.set({ ...state, opened: [...state.opened, { probeId, how: 'window.open', context }], blocked: false });
      return true;
    },
    linkHref(url, context) {
      return `${url}${channel.hashPrefix}${add('link', context)}`;
    },
  };
}
