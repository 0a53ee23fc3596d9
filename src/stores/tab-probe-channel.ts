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
