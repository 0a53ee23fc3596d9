import type { PanelId } from '../../config/mechanisms.ts';
import type { ProbeReport as CookieLimitReport } from '../cookie-limit-probe-run.ts';
import { createStableStore, type StableStore } from '../stable-store.ts';
import type { StorageArea } from '../web-storage-store.ts';
import type { CompareEntry } from '../../config/paths.ts';
import type { OpenedHow } from '../tab-probe-channel.ts';
import type { HttpOnlyOutcome, RequestOutcome, RestartOutcome } from './pretend-compare-run.ts';
import type { QuotaProbeResult } from './quota-probe.ts';
import type { Presence } from './read-everywhere.ts';

/** What the experiments measured in this tab (in memory; the reload and closed-tab results come from markers). */
export interface ExperimentResults {
  /** Read back right after "write everywhere", with the writes the browser refused (one line each). */
  readonly written?: { readonly entry: CompareEntry; readonly presence: Presence; readonly refused: readonly string[] };
  readonly reload?: { readonly entry: CompareEntry; readonly presence: Presence };
  readonly newTab?: Partial<Record<OpenedHow, Presence>>;
  readonly closedTab?: { readonly entry: CompareEntry; readonly presence: Presence };
  readonly restart?: RestartOutcome;
  readonly request?: RequestOutcome;
  readonly httpOnly?: HttpOnlyOutcome;
  readonly quota?: Partial<Record<StorageArea, QuotaProbeResult & { readonly elapsedMs: number }>>;
  readonly cookieLimit?: CookieLimitReport & { readonly elapsedMs: number };
}

export type ExperimentResultsStore = StableStore<ExperimentResults> & {
  record(patch: Partial<ExperimentResults>): void;
  recordTab(how: OpenedHow, presence: Presence): void;
  recordQuota(area: StorageArea, result: QuotaProbeResult & { readonly elapsedMs: number }): void;
};

export function createExperimentResultsStore(initial: ExperimentResults = {}): ExperimentResultsStore {
  const store = createStableStore<ExperimentResults>(initial);
  return {
    ...store,
    record: (patch) => store.set({ ...store.getSnapshot(), ...patch }),
    recordTab: (how, presence) => {
      const current = store.getSnapshot();
      store.set({ ...current, newTab: { ...current.newTab, [how]: presence } });
    },
    recordQuota: (area, result) => {
      const current = store.getSnapshot();
      store.set({ ...current, quota: { ...current.quota, [area]: result } });
    },
  };
}

/** The one results store of this page. */
export const compareResults = createExperimentResultsStore();

export const presenceWord = (presence: Presence, id: PanelId): string => (presence[id] ? 'still there' : 'gone');
