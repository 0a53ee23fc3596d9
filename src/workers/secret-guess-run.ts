import type { GuessReport, GuessWorkerPort, SpawnGuessWorker } from './secret-guess-protocol.ts';
import type { WordBatch } from './word-list-stream.ts';
import { createStableStore } from '../stores/stable-store.ts';

/**
 * One weak-secret guessing run, as a store without React: it hands the word list to workers a
 * batch at a time (the next batch to whichever worker has the least to do, at most two waiting
 * per worker), adds up their progress, and announces a secret only after `confirm` (WebCrypto)
 * agrees with the worker's fast check. A word list file is read as the workers need it, so
 * memory stays bounded by the batches in flight. Workers are injected, so tests can pass
 * in-page ones.
 */

export type GuessRunStatus = 'running' | 'found' | 'not-found' | 'stopped' | 'failed';

export interface GuessRunSnapshot {
  readonly status: GuessRunStatus;
  /** How many guesses there are; null while a file is still being read. */
  readonly total: number | null;
  readonly tried: number;
  readonly workers: number;
  readonly elapsedMs: number;
  /** Guesses per second so far; null before the first progress report. */
  readonly perSecond: number | null;
  /** Of a word list file: bytes read so far and its size; null without a file. */
  readonly bytesRead: number | null;
  readonly totalBytes: number | null;
  /** Estimated seconds until every guess is tried; null until there is a rate. */
  readonly secondsLeft: number | null;
  /** The confirmed secret, once found. */
  readonly secret: string | null;
  /** Matches of the fast check that WebCrypto did not confirm (should never happen). */
  readonly rejectedLeads: readonly string[];
  readonly reason: string | null;
}

/** A word list read as it is needed (word-list-stream.ts). */
export interface WordSource {
  readonly totalBytes: number;
  readonly batches: AsyncIterator<WordBatch, undefined>;
  cancel(): Promise<void>;
}

export interface SecretGuessRunOptions {
  readonly cookie: string;
  /** Guesses held in memory (built-in list, typed list), tried first. */
  readonly words: readonly string[];
  /** A word list file, tried after `words`. */
  readonly file?: WordSource;
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
/** Largest batch of in-memory words sent at once (a file comes in batches of its own). */
export const MAX_BATCH_WORDS = 4096;
/** Batches a worker holds at once: one being tried, one waiting, so it never idles. */
export const BATCHES_PER_WORKER = 2;
/** Publish at most this often, so the page renders progress ~10 times a second, not per message. */
const PUBLISH_EVERY_MS = 100;

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

interface WorkerSlot {
  readonly port: GuessWorkerPort;
  /** Batch number → guesses tried so far in it. */
  readonly inFlight: Map<number, number>;
}

export function startSecretGuessRun(options: SecretGuessRunOptions): SecretGuessRun {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const { file } = options;
  const workerLimit = Math.max(1, options.workerCount);
  // In-memory words: one batch per worker for short lists, at most MAX_BATCH_WORDS each.
  const memoryBatchSize = Math.min(MAX_BATCH_WORDS, Math.max(1, Math.ceil(options.words.length / workerLimit)));
  const memoryBatches = Math.ceil(options.words.length / memoryBatchSize);
  let nextMemoryBatch = 0;
  let batchCount = 0;
  let fileWords = 0;
  let fileDone = file === undefined;
  let reading = false;
  /** A file batch read while no worker could take it (only if starting a worker failed). */
  let held: readonly string[] | null = null;
  let bytesRead = 0;
  let triedDone = 0;
  const slots: WorkerSlot[] = [];
  const rejectedLeads: string[] = [];
  let pendingConfirmations = 0;
  let lastPublish = -Infinity;
  let settle: (snapshot: GuessRunSnapshot) => void = () => {};
  const finished = new Promise<GuessRunSnapshot>((resolve) => {
    settle = resolve;
  });

  const triedNow = (): number => slots.reduce((sum, slot) => [...slot.inFlight.values()].reduce((s, n) => s + n, sum), triedDone);
  const build = (status: GuessRunStatus, secret: string | null = null, reason: string | null = null): GuessRunSnapshot => {
    const tried = triedNow();
    const elapsedMs = Math.max(0, now() - started);
    const total = fileDone ? options.words.length + fileWords : null;
    const perSecond = tried > 0 && elapsedMs > 0 ? (tried * 1000) / elapsedMs : null;
    let secondsLeft: number | null = null;
    // A file's line count is known only at its end: estimate it from the lines per byte read so far.
    const expected = total ?? (file && bytesRead > 0 ? options.words.length + (fileWords * file.totalBytes) / bytesRead : null);
    if (status === 'running' && expected !== null && perSecond !== null) secondsLeft = (expected - tried) / perSecond;
    return {
      status,
      total,
      tried,
      workers: slots.length,
      elapsedMs,
      perSecond,
      bytesRead: file ? bytesRead : null,
      totalBytes: file ? file.totalBytes : null,
      secondsLeft: secondsLeft === null ? null : Math.max(0, secondsLeft),
      secret,
      rejectedLeads: [...rejectedLeads],
      reason,
    };
  };
  const run = createStableStore<GuessRunSnapshot>(build('running'));
  const isRunning = (): boolean => run.getSnapshot().status === 'running';
  const publish = (force = false): void => {
    const at = now();
    if (!force && at - lastPublish < PUBLISH_EVERY_MS) return;
    lastPublish = at;
    run.set(build('running'));
  };
  const finish = (status: Exclude<GuessRunStatus, 'running'>, secret: string | null = null, reason: string | null = null): void => {
    if (!isRunning()) return;
    for (const slot of slots) slot.port.terminate();
    void file?.cancel();
    const final = build(status, secret, reason);
    run.set(final);
    settle(final);
  };
  const inFlightTotal = (): number => slots.reduce((sum, slot) => sum + slot.inFlight.size, 0);
  const maybeExhausted = (): void => {
    if (nextMemoryBatch >= memoryBatches && fileDone && !reading && held === null && inFlightTotal() === 0 && pendingConfirmations === 0) finish('not-found');
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
        publish(true);
        maybeExhausted();
      },
      (error: unknown) => {
        pendingConfirmations -= 1;
        finish('failed', null, `WebCrypto could not confirm the lead: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  const onReport = (slot: WorkerSlot, report: GuessReport): void => {
    if (!isRunning()) return;
    switch (report.type) {
      case 'progress':
        if (slot.inFlight.has(report.batch)) slot.inFlight.set(report.batch, report.tried);
        publish();
        return;
      case 'found':
        if (slot.inFlight.has(report.batch)) slot.inFlight.set(report.batch, report.tried);
        onLead(report.secret);
        return;
      case 'done':
        if (!slot.inFlight.delete(report.batch)) return;
        triedDone += report.tried;
        publish();
        fill();
        maybeExhausted();
        return;
      case 'error':
        finish('failed', null, report.reason);
        return;
    }
  };

  /** The worker with the fewest batches, or a new one while it would otherwise have to wait. */
  const slotForNextBatch = (): WorkerSlot | null => {
    const idle = slots.reduce<WorkerSlot | null>((best, slot) => (best === null || slot.inFlight.size < best.inFlight.size ? slot : best), null);
    if ((idle === null || idle.inFlight.size > 0) && slots.length < workerLimit) {
      let port: GuessWorkerPort;
      try {
        port = options.spawn();
      } catch (error) {
        finish('failed', null, `Could not start a worker: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
      const slot: WorkerSlot = { port, inFlight: new Map() };
      slots.push(slot);
      port.onmessage = (event) => onReport(slot, event.data);
      port.onerror = (event) => finish('failed', null, `A guessing worker crashed${event.message ? `: ${event.message}` : ''}.`);
      return slot;
    }
    return idle !== null && idle.inFlight.size < BATCHES_PER_WORKER ? idle : null;
  };

  const send = (words: readonly string[]): boolean => {
    const slot = slotForNextBatch();
    if (slot === null) return false;
    const batch = batchCount++;
    slot.inFlight.set(batch, 0);
    slot.port.postMessage({ type: 'guess', cookie: options.cookie, batch, words });
    return true;
  };

  const readFileBatch = (source: WordSource): void => {
    reading = true;
    source.batches.next().then(
      (result) => {
        reading = false;
        if (!isRunning()) return;
        if (result.done) {
          fileDone = true;
        } else {
          bytesRead = result.value.bytesRead;
          fileWords += result.value.words.length;
          if (!send(result.value.words)) held = result.value.words;
        }
        publish();
        fill();
        maybeExhausted();
      },
      (error: unknown) => {
        reading = false;
        finish('failed', null, `The word list file could not be read: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  /** Keeps every worker supplied: in-memory batches first, then the file, one read at a time. */
  function fill(): void {
    while (isRunning() && inFlightTotal() < workerLimit * BATCHES_PER_WORKER) {
      if (held !== null) {
        if (!send(held)) return;
        held = null;
        continue;
      }
      if (nextMemoryBatch < memoryBatches) {
        const from = nextMemoryBatch * memoryBatchSize;
        if (!send(options.words.slice(from, from + memoryBatchSize))) return;
        nextMemoryBatch += 1;
        continue;
      }
      if (file && !fileDone && !reading) readFileBatch(file);
      return;
    }
  }

  fill();
  maybeExhausted();
  if (isRunning()) publish(true);

  return {
    subscribe: run.subscribe,
    getSnapshot: run.getSnapshot,
    stop: () => finish('stopped'),
    finished,
  };
}
