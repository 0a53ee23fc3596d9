import { useLeftoverRecord } from '../../hooks/use-leftover-record.ts';
import { experimentLabels, type ExperimentName } from '../../config/experiment-keys.ts';

const clock = (ms: number): string => new Date(ms).toLocaleTimeString('en-GB');

/**
 * Says when an interrupted measurement's leftovers were removed, and what they were; shown
 * beside the experiments it concerns (`only`) until the next run starts.
 */
export function InterruptedRunNote({ only }: { readonly only: readonly ExperimentName[] }) {
  const record = useLeftoverRecord();
  if (record === null || (record.experiment !== null && !only.includes(record.experiment))) return null;
  const what = record.experiment === null ? 'An earlier measurement' : `An earlier run of ${experimentLabels[record.experiment]}`;
  const started = record.startedAt === null ? '' : `, started at ${clock(record.startedAt)},`;
  const when =
    record.when === 'load'
      ? `On the next page load, at ${clock(record.removedAt)}, its leftovers were removed`
      : `As its page was closed or left, at ${clock(record.removedAt)}, its test data was removed at once`;
  const keys = record.localKeys + record.sessionKeys;
  const parts = [
    keys > 0 ? `${keys} test ${keys === 1 ? 'key' : 'keys'}${record.chars > 0 ? ` (${record.chars.toLocaleString('en')} characters)` : ''}` : null,
    record.cookies > 0 ? `${record.cookies} test ${record.cookies === 1 ? 'cookie' : 'cookies'}` : null,
  ].filter((part) => part !== null);
  return (
    <p role="status" aria-label="Interrupted run">
      {what}
      {started} did not finish. {when}
      {parts.length > 0 ? `: ${parts.join(' and ')}` : ''}. Nothing else was touched.
    </p>
  );
}
