import type { GuessReport, GuessWorkerPort, SpawnGuessWorker } from './secret-guess-protocol.ts';
import { createStableStore } from '../stores/stable-store.ts';

/**
 * One weak-secret guessing run, as a store without React: it splits the word list between
 * workers, adds up their progress, and announces a secret only after `confirm` (WebCrypto) agrees
 * with the worker's fast check. Workers are injected, so tests can pass in-page ones.
 */

export type GuessRunStatus = 'running' | 'found' | 'not-found' | 'stopped' | 'failed';

export interface GuessRunSnapshot {
  readonly status: GuessRunStatus;
  readonly total: number;
  readonly tried: number;
  readonly workers: number;
  readonly elapsedMs: number;
  /** Guesses per second so far; null before the first progress report. */
  readonly perSecond: number | null;
  /** The confirmed secret, once found. */
  readonly secret: string | null;
  /** Matches of the fast check that WebCrypto did not confirm (should never happen). */
  readonly rejectedLeads: readonly string[];
  readonly reason: string | null;
}

export interface SecretGuessRunOptions {
  readonly cookie: string;
  readonly words: readonly string[];
  readonly workerCount: number;
  readonly spawn: SpawnGuessWorker;
  readonly confirm: (cookie: string, secret: string) => Promise<boolean>;
  readonly now?: () => number;
}

export interface SecretGuessRun {
  subscribe(listener: () => void): () => void;
  getSnapshot(): GuessRunSnapshot;
  stop(): void;
  /** Settles with the final snapshot (found, not-found, stopped or failed). */
  readonly finished: Promise<GuessRunSnapshot>;
}

/** Below this many words per worker, starting another worker costs more than it saves. */
export const MIN_WORDS_PER_WORKER = 5000;
export const MAX_WORKERS = 8;

/** One worker per core (navigator.hardwareConcurrency), fewer for short lists, at least one. */
export function workerCountFor(hardwareConcurrency: number | undefined, wordCount: number): number {
  const cores = Number.isInteger(hardwareConcurrency) && (hardwareConcurrency ?? 0) > 0 ? (hardwareConcurrency ?? 1) : 2;
  const useful = Math.ceil(wordCount / MIN_WORDS_PER_WORKER);
  return Math.max(1, Math.min(cores, MAX_WORKERS, useful));
}

/** Contiguous, near-equal shares of the list, in order (empty shares dropped). */
export function splitWords(words: readonly string[], parts: number): string[][] {
  const count = Math.max(1, Math.min(parts, words.length));
  const shares: string[][] = [];
  for (let i = 0; i < count; i++) {
    const share = words.slice(Math.floor((i * words.length) / count), Math.floor(((i + 1) * words.length) / count));
    if (share.length > 0) shares.push(share);
  }
  return shares;
}

export function startSecretGuessRun(options: SecretGuessRunOptions): SecretGuessRun {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const shares = splitWords(options.words, options.workerCount);
  const triedBy = shares.map(() => 0);
  const workers: GuessWorkerPort[] = [];
  const rejectedLeads: string[] = [];
  let doneCount = 0;
  let pendingConfirmations = 0;
  let settle: (snapshot: GuessRunSnapshot) => void = () => {};
  const finished = new Promise<GuessRunSnapshot>((resolve) => {
    settle = resolve;
  });

  const build = (status: GuessRunStatus, secret: string | null = null, reason: string | null = null): GuessRunSnapshot => {
    const tried = triedBy.reduce((sum, n) => sum + n, 0);
    const elapsedMs = Math.max(0, now() - started);
    return {
      status,
      total: options.words.length,
      tried,
      workers: shares.length,
      elapsedMs,
      perSecond: tried > 0 && elapsedMs > 0 ? (tried * 1000) / elapsedMs : null,
      secret,
      rejectedLeads: [...rejectedLeads],
      reason,
    };
  };
  const run = createStableStore<GuessRunSnapshot>(build('running'));
  const publish = (next: GuessRunSnapshot): void => run.set(next);
  const isRunning = (): boolean => run.getSnapshot().status === 'running';
  const finish = (status: Exclude<GuessRunStatus, 'running'>, secret: string | null = null, reason: string | null = null): void => {
    if (!isRunning()) return;
    for (const worker of workers) worker.terminate();
    const final = build(status, secret, reason);
    publish(final);
    settle(final);
  };
  const maybeExhausted = (): void => {
    if (doneCount === shares.length && pendingConfirmations === 0) finish('not-found');
  };

  const onLead = (secret: string): void => {
    pendingConfirmations += 1;
    options.confirm(options.cookie, secret).then(
      (confirmed) => {
        pendingConfirmations -= 1;
        if (!isRunning()) return;
        if (confirmed) {
          finish('found', secret);
          return;
        }
        rejectedLeads.push(secret);
        publish(build('running'));
        maybeExhausted();
      },
      (error: unknown) => {
        pendingConfirmations -= 1;
        finish('failed', null, `WebCrypto could not confirm the lead: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  const onReport = (index: number, report: GuessReport): void => {
    if (!isRunning()) return;
    switch (report.type) {
      case 'progress':
        triedBy[index] = report.tried;
        publish(build('running'));
        return;
      case 'found':
        triedBy[index] = report.tried;
        onLead(report.secret);
        return;
      case 'done':
        triedBy[index] = report.tried;
        doneCount += 1;
        publish(build('running'));
        maybeExhausted();
        return;
      case 'error':
        finish('failed', null, report.reason);
        return;
    }
  };

  if (shares.length === 0) {
    const final = build('not-found');
    publish(final);
    settle(final);
  }
  shares.forEach((words, index) => {
    if (!isRunning()) return;
    let worker: GuessWorkerPort;
    try {
      worker = options.spawn();
    } catch (error) {
      finish('failed', null, `Could not start a worker: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    workers.push(worker);
    worker.onmessage = (event) => onReport(index, event.data);
    worker.onerror = (event) => finish('failed', null, `A guessing worker crashed${event.message ? `: ${event.message}` : ''}.`);
    worker.postMessage({ type: 'guess', cookie: options.cookie, words });
  });

  return {
    subscribe: run.subscribe,
    getSnapshot: run.getSnapshot,
    stop: () => finish('stopped'),
    finished,
  };
}
