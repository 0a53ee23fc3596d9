import { useCompareResults } from '../../hooks/use-compare-results.ts';
import type { CompareEntry } from '../../config/paths.ts';
import { markerKeys } from '../../stores/experiments/compare-keys.ts';
import { serializeMarker } from '../../stores/experiments/experiment-markers.ts';
import { safeStorage } from '../../stores/safe-storage.ts';
import { ExperimentBox, NeedsEntry } from './experiment-box.tsx';
import { PresenceList } from './presence-list.tsx';

/** Leaves a note in sessionStorage, reloads; the next load reads the note and reports what survived. */
export function ReloadExperiment({ entry }: { readonly entry: CompareEntry | null }) {
  const { reload } = useCompareResults();

  const run = (): void => {
    if (entry === null) return;
    // Without sessionStorage the reload still happens, and the page will not know it was one.
    safeStorage('sessionStorage', () => window.sessionStorage).setItem(markerKeys.reload, serializeMarker({ experiment: 'reload', ...entry, at: Date.now() }));
    window.location.reload();
  };

  return (
    <ExperimentBox title="Reload the page">
      <p>
        The page leaves itself a note in sessionStorage (<code>{markerKeys.reload}</code>), reloads, and on the next load checks which of the five
        still hold the value.
      </p>
      {entry === null ? <NeedsEntry /> : <button type="button" onClick={run}>Reload and check</button>}
      {reload !== undefined ? (
        <div role="status" aria-label="After the reload">
          <p>
            After the reload, <code>{reload.entry.name}</code> = “{reload.entry.value}” is:
          </p>
          <PresenceList presence={reload.presence} label="What survived the reload" />
        </div>
      ) : null}
    </ExperimentBox>
  );
}
