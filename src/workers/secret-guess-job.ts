import { makeSecretGuesser } from '../stores/flask-session/guess-secret.ts';
import { FlaskSessionError } from '../stores/flask-session/session-result.ts';
import type { GuessReport, GuessRequest } from './secret-guess-protocol.ts';

/** Report progress at most this often, so messages never become the bottleneck. */
const PROGRESS_EVERY_MS = 100;
/** Guesses between clock reads. */
const SLICE = 1024;

export interface GuessJob {
  /** Tries guesses for about `budgetMs` (Infinity: to the end); false once the list is exhausted. */
  run(budgetMs: number): boolean;
}

/**
 * The guessing loop shared by the Web Worker and the in-page fallback: makeSecretGuesser over
 * the words, reporting progress, every match (a lead), and the end.
 */
export function createGuessJob(request: GuessRequest, report: (message: GuessReport) => void): GuessJob {
  let guess: (secret: string) => boolean;
  try {
    guess = makeSecretGuesser(request.cookie);
  } catch (error) {
    report({ type: 'error', reason: error instanceof FlaskSessionError ? `${error.error.kind}: ${error.error.reason}` : String(error) });
    return { run: () => false };
  }
  const { words } = request;
  let next = 0;
  let lastReport = performance.now();
  return {
    run(budgetMs) {
      const started = performance.now();
      while (next < words.length) {
        const end = Math.min(next + SLICE, words.length);
        for (; next < end; next++) {
          const word = words[next] ?? '';
          if (guess(word)) report({ type: 'found', secret: word, tried: next + 1 });
        }
        const now = performance.now();
        if (now - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = now;
          report({ type: 'progress', tried: next });
        }
        if (now - started >= budgetMs) return next < words.length;
      }
      report({ type: 'done', tried: next });
      return false;
    },
  };
}
