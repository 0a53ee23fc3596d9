import { makeSecretGuesser } from '../stores/flask-session/guess-secret.ts';
import { FlaskSessionError } from '../stores/flask-session/session-result.ts';
import type { GuessReport, GuessRequest } from './secret-guess-protocol.ts';

/** Report progress at most this often, so messages never become the bottleneck. */
const PROGRESS_EVERY_MS = 100;
/** Guesses between clock reads. */
const SLICE = 1024;

export interface GuessJob {
  /** Tries guesses for about `budgetMs` (Infinity: to the end); false once the batch is exhausted. */
  run(budgetMs: number): boolean;
}

/** The guesser of the last cookie: a worker gets many batches for one cookie. */
let cached: { readonly cookie: string; readonly guess: (secret: string) => boolean } | null = null;

function guesserFor(cookie: string): (secret: string) => boolean {
  if (cached?.cookie !== cookie) cached = { cookie, guess: makeSecretGuesser(cookie) };
  return cached.guess;
}

/**
 * The guessing loop shared by the Web Worker and the in-page fallback: makeSecretGuesser over
 * one batch of words, reporting progress, every match (a lead), and the end of the batch.
 */
export function createGuessJob(request: GuessRequest, report: (message: GuessReport) => void): GuessJob {
  let guess: (secret: string) => boolean;
  try {
    guess = guesserFor(request.cookie);
  } catch (error) {
    report({ type: 'error', reason: error instanceof FlaskSessionError ? `${error.error.kind}: ${error.error.reason}` : String(error) });
    return { run: () => false };
  }
  const { words, batch } = request;
  let next = 0;
  let lastReport = performance.now();
  return {
    run(budgetMs) {
      const started = performance.now();
      while (next < words.length) {
        const end = Math.min(next + SLICE, words.length);
        for (; next < end; next++) {
          const word = words[next] ?? '';
          if (guess(word)) report({ type: 'found', batch, secret: word, tried: next + 1 });
        }
        const now = performance.now();
        if (now - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = now;
          report({ type: 'progress', batch, tried: next });
        }
        if (now - started >= budgetMs) return next < words.length;
      }
      report({ type: 'done', batch, tried: next });
      return false;
    },
  };
}
