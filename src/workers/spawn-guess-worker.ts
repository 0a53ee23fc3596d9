import type { GuessReport, GuessWorkerPort } from './secret-guess-protocol.ts';
import { createInlineGuessWorker } from './inline-guess-worker.ts';

/** Whether real Web Workers are available (not in jsdom, nor some very old browsers). */
export function canUseWebWorkers(): boolean {
  return typeof Worker === 'function';
}

/**
 * A guessing worker: a module Web Worker bundled by Vite (its code is fetched only now, when a
 * learner starts guessing), or the in-page fallback without Worker support.
 */
export function spawnGuessWorker(): GuessWorkerPort {
  if (!canUseWebWorkers()) return createInlineGuessWorker();
  const worker = new Worker(new URL('./secret-guess.worker.ts', import.meta.url), { type: 'module', name: 'secret-guess' });
  const port: GuessWorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<GuessReport>) => port.onmessage?.({ data: event.data });
  worker.onerror = (event: ErrorEvent) => port.onerror?.({ message: event.message });
  return port;
}
