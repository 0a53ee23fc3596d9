/** Messages between the page and a weak-secret guessing worker. */

export interface GuessRequest {
  readonly type: 'guess';
  /** The session cookie whose signature the guesses are checked against. */
  readonly cookie: string;
  /** Which batch of the word list this is; every report about it carries the same number. */
  readonly batch: number;
  /** One batch of guesses; a worker gets the next batch when it has finished one. */
  readonly words: readonly string[];
}

export type GuessReport =
  /** `tried` counts this batch's guesses so far. */
  | { readonly type: 'progress'; readonly batch: number; readonly tried: number }
  /** A guess matched the signature: a lead, to be confirmed with WebCrypto by the page. */
  | { readonly type: 'found'; readonly batch: number; readonly secret: string; readonly tried: number }
  | { readonly type: 'done'; readonly batch: number; readonly tried: number }
  | { readonly type: 'error'; readonly reason: string };

/** What the page needs from a worker: the Web Worker API, or an in-page stand-in. */
export interface GuessWorkerPort {
  postMessage(message: GuessRequest): void;
  terminate(): void;
  onmessage: ((event: { readonly data: GuessReport }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
}

export type SpawnGuessWorker = () => GuessWorkerPort;
