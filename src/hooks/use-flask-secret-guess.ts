import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { GuessRunSnapshot, SecretGuessRun } from '../workers/secret-guess-run.ts';
import { loadFlaskCodec } from '../stores/flask-codec-loader.ts';

export interface SecretGuessHandle {
  /** The current or last run; null before the first. */
  readonly snapshot: GuessRunSnapshot | null;
  /** True while the worker code is being fetched. */
  readonly starting: boolean;
  readonly failure: string | null;
  /** Whether this browser runs real Web Workers (else guessing runs on the page in slices). */
  readonly usesWorkers: boolean | null;
  /** Tries `words`, then every line of `file` (streamed, never read whole). */
  readonly start: (cookie: string, words: readonly string[], file?: Blob | null) => void;
  readonly stop: () => void;
}

const subscribeNever = (): (() => void) => () => {};
const noSnapshot = (): null => null;

/**
 * Runs the weak-secret guesser: the run store, the workers and the codec (for the WebCrypto
 * confirmation) are all fetched with import() on the first Start, never in the page's first load.
 */
export function useSecretGuess(): SecretGuessHandle {
  const [run, setRun] = useState<SecretGuessRun | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [usesWorkers, setUsesWorkers] = useState<boolean | null>(null);
  const subscribe = useCallback((listener: () => void) => (run ? run.subscribe(listener) : subscribeNever()), [run]);
  const getSnapshot = useCallback(() => (run ? run.getSnapshot() : null), [run]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, noSnapshot);

  useEffect(() => () => run?.stop(), [run]);

  const start = useCallback((cookie: string, words: readonly string[], file?: Blob | null) => {
    setStarting(true);
    setFailure(null);
    Promise.all([
      import('../workers/secret-guess-run.ts'),
      import('../workers/spawn-guess-worker.ts'),
      import('../workers/word-list-stream.ts'),
      loadFlaskCodec(),
    ]).then(
      ([{ startSecretGuessRun, workerCountFor }, { spawnGuessWorker, canUseWebWorkers }, { streamWordList, estimatedLines }, codec]) => {
        setStarting(false);
        setUsesWorkers(canUseWebWorkers());
        setRun(
          startSecretGuessRun({
            cookie,
            words,
            ...(file ? { file: streamWordList(file) } : {}),
            workerCount: workerCountFor(navigator.hardwareConcurrency, words.length + (file ? estimatedLines(file.size) : 0)),
            spawn: spawnGuessWorker,
            confirm: codec.confirmSessionSecret,
          }),
        );
      },
      (error: unknown) => {
        setStarting(false);
        setFailure(`The guesser could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
      },
    );
  }, []);

  const stop = useCallback(() => run?.stop(), [run]);
  return { snapshot, starting, failure, usesWorkers, start, stop };
}
