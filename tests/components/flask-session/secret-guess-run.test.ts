// @vitest-environment node
import { beforeAll, describe, expect, test } from 'vitest';
import { confirmSessionSecret, signSession } from '../../../src/stores/flask-session/index.ts';
import { makeSecretGuesser } from '../../../src/stores/flask-session/guess-secret.ts';
import { createInlineGuessWorker } from '../../../src/workers/inline-guess-worker.ts';
import type { GuessReport, GuessRequest, GuessWorkerPort } from '../../../src/workers/secret-guess-protocol.ts';
import { splitWords, startSecretGuessRun, workerCountFor } from '../../../src/workers/secret-guess-run.ts';
import { parseWordList } from '../../../src/workers/secret-guess-words.ts';
import { COMMON_FLASK_SECRETS } from '../../../src/workers/common-secrets.ts';
import { loadFlaskSessionVectors, type FlaskSessionVector } from '../../stores/flask-session/fixtures.ts';

let devVector: FlaskSessionVector;
let lectureVector: FlaskSessionVector;
beforeAll(async () => {
  const vectors = await loadFlaskSessionVectors();
  const find = (secret: string): FlaskSessionVector => {
    const found = vectors.find((v) => v.secret === secret);
    if (!found) throw new Error(`no fixture signed with ${secret}`);
    return found;
  };
  devVector = find('dev');
  lectureVector = find('SHHHHHHHHHH SEEKRIT');
});

const words = (n: number, prefix = 'word'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Counts the workers a run starts, handing out in-page ones. */
function countingSpawn(): { spawn: () => GuessWorkerPort; spawned: GuessWorkerPort[] } {
  const spawned: GuessWorkerPort[] = [];
  return {
    spawned,
    spawn: () => {
      const port = createInlineGuessWorker();
      spawned.push(port);
      return port;
    },
  };
}

test('finds "dev" for the dev fixture, split over two workers, confirmed by WebCrypto', { timeout: 20_000 }, async () => {
  const list = [...words(12_000), 'dev', ...words(3_000, 'tail')];
  const { spawn, spawned } = countingSpawn();
  const confirmed: string[] = [];
  const run = startSecretGuessRun({
    cookie: devVector.cookie,
    words: list,
    workerCount: 2,
    spawn,
    confirm: async (cookie, secret) => {
      confirmed.push(secret);
      return confirmSessionSecret(cookie, secret);
    },
  });
  const final = await run.finished;
  expect(final.status).toBe('found');
  expect(final.secret).toBe('dev');
  expect(confirmed).toEqual(['dev']);
  expect(final.workers).toBe(2);
  expect(spawned).toHaveLength(2);
  expect(final.tried).toBeGreaterThan(0);
  expect(run.getSnapshot()).toBe(final);
});

test('the built-in list finds the lecture’s secret', async () => {
  expect(COMMON_FLASK_SECRETS).toContain('SHHHHHHHHHH SEEKRIT');
  const run = startSecretGuessRun({ cookie: lectureVector.cookie, words: COMMON_FLASK_SECRETS, workerCount: 1, spawn: createInlineGuessWorker, confirm: confirmSessionSecret });
  expect((await run.finished).secret).toBe('SHHHHHHHHHH SEEKRIT');
});

test('reports not-found after every guess was tried, with a rate', async () => {
  const run = startSecretGuessRun({ cookie: devVector.cookie, words: words(3_000), workerCount: 3, spawn: createInlineGuessWorker, confirm: confirmSessionSecret });
  const final = await run.finished;
  expect(final.status).toBe('not-found');
  expect(final.tried).toBe(3_000);
  expect(final.total).toBe(3_000);
  expect(final.workers).toBe(3);
  expect(final.perSecond).toBeGreaterThan(0);
}, 20_000);

test('a lead that WebCrypto does not confirm is not announced', async () => {
  const run = startSecretGuessRun({ cookie: devVector.cookie, words: ['nope', 'dev', 'more'], workerCount: 1, spawn: createInlineGuessWorker, confirm: async () => false });
  const final = await run.finished;
  expect(final.status).toBe('not-found');
  expect(final.secret).toBeNull();
  expect(final.rejectedLeads).toEqual(['dev']);
});

test('Stop ends the run at once and terminates every worker', async () => {
  const terminated: number[] = [];
  const spawn = (): GuessWorkerPort => {
    const index = terminated.length;
    terminated.push(0);
    const port: GuessWorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage: (request: GuessRequest) => {
        port.onmessage?.({ data: { type: 'progress', batch: request.batch, tried: 10 } satisfies GuessReport });
      },
      terminate: () => {
        terminated[index] = (terminated[index] ?? 0) + 1;
      },
    };
    return port;
  };
  const run = startSecretGuessRun({ cookie: devVector.cookie, words: words(20_000), workerCount: 2, spawn, confirm: confirmSessionSecret });
  // 20,000 words in batches of 4,096, two batches held by each of the two workers, 10 tried in each.
  expect(run.getSnapshot()).toMatchObject({ status: 'running', tried: 40, workers: 2 });
  run.stop();
  expect(run.getSnapshot().status).toBe('stopped');
  expect(terminated).toEqual([1, 1]);
  expect((await run.finished).status).toBe('stopped');
});

test('a cookie that cannot be guessed against fails with the codec’s reason', async () => {
  const run = startSecretGuessRun({ cookie: 'not-a-cookie', words: ['dev'], workerCount: 1, spawn: createInlineGuessWorker, confirm: confirmSessionSecret });
  const final = await run.finished;
  expect(final.status).toBe('failed');
  expect(final.reason).toMatch(/^Malformed: /);
});

test('a crashed worker fails the run', async () => {
  const spawn = (): GuessWorkerPort => {
    const port: GuessWorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage: () => queueMicrotask(() => port.onerror?.({ message: 'boom' })),
      terminate: () => {},
    };
    return port;
  };
  const final = await startSecretGuessRun({ cookie: devVector.cookie, words: ['a'], workerCount: 1, spawn, confirm: confirmSessionSecret }).finished;
  expect(final).toMatchObject({ status: 'failed', reason: 'A guessing worker crashed: boom.' });
});

test('an empty list is over before it starts', async () => {
  const { spawn, spawned } = countingSpawn();
  const final = await startSecretGuessRun({ cookie: devVector.cookie, words: [], workerCount: 4, spawn, confirm: confirmSessionSecret }).finished;
  expect(final.status).toBe('not-found');
  expect(spawned).toHaveLength(0);
});

describe('splitting the work', () => {
  test('one worker per core, fewer for short lists, at least one', () => {
    expect(workerCountFor(4, 1_000_000)).toBe(4);
    expect(workerCountFor(16, 1_000_000)).toBe(8);
    expect(workerCountFor(4, 70)).toBe(1);
    expect(workerCountFor(4, 12_000)).toBe(3);
    expect(workerCountFor(undefined, 1_000_000)).toBe(2);
    expect(workerCountFor(0, 0)).toBe(1);
  });

  test('shares are contiguous, near-equal and cover the list once', () => {
    const list = words(10);
    const shares = splitWords(list, 3);
    expect(shares.map((s) => s.length)).toEqual([3, 3, 4]);
    expect(shares.flat()).toEqual(list);
    expect(splitWords(['a'], 4)).toEqual([['a']]);
  });

  test('a learner list: one guess per line, CRLF tolerated, blanks and duplicates dropped, spaces kept', () => {
    expect(parseWordList('dev\r\n\nsecret\n  spaced  \ndev\n')).toEqual(['dev', 'secret', '  spaced  ']);
  });
});

describe('the fast guesser agrees with WebCrypto on awkward keys', () => {
  const keys = ['x'.repeat(64), 'y'.repeat(65), 'é'.repeat(40), 'clé secrète 🔑', `${'k'.repeat(63)}é`, 'a'];
  test.each(keys)('%s', async (secret) => {
    const cookie = await signSession('{"a":1}', secret, { timestamp: 1_795_639_130n });
    const guess = makeSecretGuesser(cookie);
    expect(guess(secret)).toBe(true);
    expect(guess(`${secret}!`)).toBe(false);
    expect(await confirmSessionSecret(cookie, secret)).toBe(true);
  });
});
