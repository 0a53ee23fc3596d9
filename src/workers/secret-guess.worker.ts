import type { GuessReport, GuessRequest } from './secret-guess-protocol.ts';
import { createGuessJob } from './secret-guess-job.ts';

/**
 * One weak-secret guessing worker: runs each batch of the word list it is sent to the end,
 * reporting progress and leads; the next batch waits in its message queue. The page stops it
 * with terminate(), so the loop never needs to yield.
 * (The app's TypeScript lib is DOM, not WebWorker, so the worker scope is typed here by hand.)
 */
interface GuessWorkerScope {
  postMessage(message: GuessReport): void;
  onmessage: ((event: MessageEvent<GuessRequest>) => void) | null;
}

const scope = self as unknown as GuessWorkerScope;
const report = (message: GuessReport): void => scope.postMessage(message);

scope.onmessage = (event) => {
  if (event.data.type !== 'guess') return;
  createGuessJob(event.data, report).run(Infinity);
};
