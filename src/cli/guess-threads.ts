import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GuessOptions } from '../stores/flask-session/guess-secret.ts';
import type { WordListBytes } from './word-list-file.ts';

/**
 * The command line's weak-secret guesser on worker threads (node:worker_threads): the word list
 * sits once in a SharedArrayBuffer, each thread takes a contiguous share of its lines and runs
 * the same guess loop as the page's workers (makeSecretGuessers from the codec), on raw bytes.
 * Leads come back as line numbers; the caller confirms them with WebCrypto.
 */

export interface ThreadJob {
  readonly role: 'flask-session-guess';
  readonly cookie: string;
  readonly options: GuessOptions;
  readonly bytes: SharedArrayBuffer;
  readonly starts: SharedArrayBuffer;
  readonly ends: SharedArrayBuffer;
  readonly from: number;
  readonly to: number;
}

export type ThreadReport =
  | { readonly type: 'progress'; readonly tried: number }
  | { readonly type: 'found'; readonly line: number; readonly tried: number }
  | { readonly type: 'done'; readonly tried: number }
  | { readonly type: 'error'; readonly reason: string };

export interface ThreadedGuess {
  readonly found: number | null;
  readonly tried: number;
  readonly elapsedMs: number;
  readonly threads: number;
}

export function defaultThreadCount(): number {
  return Math.max(1, availableParallelism());
}

function shared(view: Uint8Array | Uint32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(view.byteLength);
  new Uint8Array(buffer).set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return buffer;
}

/**
 * Runs the list on `threads` threads until a lead is confirmed or the list ends.
 * `confirm(line)` is awaited for each lead (WebCrypto); `onProgress` gets the total tried.
 */
export async function guessOnThreads(
  script: URL,
  cookie: string,
  options: GuessOptions,
  list: WordListBytes,
  threads: number,
  confirm: (line: number) => Promise<boolean>,
  onProgress: (tried: number) => void = () => {},
): Promise<ThreadedGuess> {
  const started = performance.now();
  const count = Math.max(1, Math.min(threads, list.count));
  const bytes = shared(list.bytes);
  const starts = shared(list.starts.subarray(0, list.count));
  const ends = shared(list.ends.subarray(0, list.count));
  const tried = new Array<number>(count).fill(0);
  const workers: Worker[] = [];
  const total = (): number => tried.reduce((sum, n) => sum + n, 0);

  return new Promise<ThreadedGuess>((resolve, reject) => {
    let running = count;
    let settled = false;
    let pending = 0;
    const finish = (found: number | null, error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve({ found, tried: total(), elapsedMs: performance.now() - started, threads: count });
    };
    const maybeDone = (): void => {
      if (running === 0 && pending === 0) finish(null);
    };
    for (let index = 0; index < count; index++) {
      const job: ThreadJob = {
        role: 'flask-session-guess',
        cookie,
        options,
        bytes,
        starts,
        ends,
        from: Math.floor((index * list.count) / count),
        to: Math.floor(((index + 1) * list.count) / count),
      };
      const worker = new Worker(script, { workerData: job });
      workers.push(worker);
      worker.on('message', (report: ThreadReport) => {
        if (settled) return;
        switch (report.type) {
          case 'progress':
            tried[index] = report.tried;
            onProgress(total());
            return;
          case 'found':
            tried[index] = report.tried;
            pending++;
            confirm(report.line).then(
              (confirmed) => {
                pending--;
                if (confirmed) finish(report.line);
                else maybeDone();
              },
              (error: unknown) => finish(null, error instanceof Error ? error : new Error(String(error))),
            );
            return;
          case 'done':
            tried[index] = report.tried;
            running--;
            maybeDone();
            return;
          case 'error':
            finish(null, new Error(report.reason));
            return;
        }
      });
      worker.on('error', (error) => finish(null, error));
    }
  });
}
