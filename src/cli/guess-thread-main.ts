import { parentPort } from 'node:worker_threads';
import { makeSecretGuessers } from '../stores/flask-session/guess-secret.ts';
import { FlaskSessionError } from '../stores/flask-session/session-result.ts';
import type { ThreadJob, ThreadReport } from './guess-threads.ts';

/** Progress at most this often, so messages never become the bottleneck. */
const PROGRESS_EVERY_MS = 200;
const SLICE = 4096;

/** The body of one guessing thread: its share of the lines, every lead reported by line number. */
export function runGuessThread(job: ThreadJob): void {
  const post = (report: ThreadReport): void => parentPort?.postMessage(report);
  let guess;
  try {
    guess = makeSecretGuessers(job.cookie, job.options).bytes;
  } catch (error) {
    post({ type: 'error', reason: error instanceof FlaskSessionError ? `${error.error.kind}: ${error.error.reason}` : String(error) });
    return;
  }
  const bytes = new Uint8Array(job.bytes);
  const starts = new Uint32Array(job.starts);
  const ends = new Uint32Array(job.ends);
  let last = performance.now();
  for (let line = job.from; line < job.to; ) {
    const stop = Math.min(line + SLICE, job.to);
    for (; line < stop; line++) {
      if (guess(bytes, starts[line]!, ends[line]!)) post({ type: 'found', line, tried: line - job.from + 1 });
    }
    const now = performance.now();
    if (now - last >= PROGRESS_EVERY_MS) {
      last = now;
      post({ type: 'progress', tried: line - job.from });
    }
  }
  post({ type: 'done', tried: job.to - job.from });
}
