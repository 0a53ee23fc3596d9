import type { GuessReport, GuessRequest, GuessWorkerPort } from './secret-guess-protocol.ts';
import { createGuessJob, type GuessJob } from './secret-guess-job.ts';

/** How long each slice may hold the page's main thread. */
const SLICE_MS = 12;

/**
 * A stand-in for a Web Worker where there is none (old browsers, jsdom): the same jobs, one
 * batch after another as a worker would take its messages, run on the page in short slices
 * between which the browser can paint and handle input. Slower, but the page does not freeze.
 */
export function createInlineGuessWorker(): GuessWorkerPort {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const queue: GuessJob[] = [];
  const step = (): void => {
    timer = null;
    const job = queue[0];
    if (stopped || !job) return;
    if (!job.run(SLICE_MS)) queue.shift();
    if (queue.length > 0) timer = setTimeout(step, 0);
  };
  const port: GuessWorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message: GuessRequest) {
      if (message.type !== 'guess') return;
      const deliver = (data: GuessReport): void => {
        if (!stopped) port.onmessage?.({ data });
      };
      queue.push(createGuessJob(message, deliver));
      if (timer === null) timer = setTimeout(step, 0);
    },
    terminate() {
      stopped = true;
      queue.length = 0;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
  return port;
}
