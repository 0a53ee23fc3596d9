// @vitest-environment node
import { beforeAll, expect, test } from 'vitest';
import { confirmSessionSecret } from '../../../src/stores/flask-session/index.ts';
import { createInlineGuessWorker } from '../../../src/workers/inline-guess-worker.ts';
import type { GuessRequest, GuessWorkerPort } from '../../../src/workers/secret-guess-protocol.ts';
import { BATCHES_PER_WORKER, startSecretGuessRun } from '../../../src/workers/secret-guess-run.ts';
import { createLineSplitter, streamWordList, type WordBatch } from '../../../src/workers/word-list-stream.ts';
import { loadFlaskSessionVectors, type FlaskSessionVector } from '../../stores/flask-session/fixtures.ts';

let devVector: FlaskSessionVector;
beforeAll(async () => {
  const found = (await loadFlaskSessionVectors()).find((v) => v.secret === 'dev');
  if (!found) throw new Error('no fixture signed with dev');
  devVector = found;
});

async function allBatches(file: Blob, batchSize?: number): Promise<WordBatch[]> {
  const stream = streamWordList(file, batchSize);
  const out: WordBatch[] = [];
  for (;;) {
    const next = await stream.batches.next();
    if (next.done) return out;
    out.push(next.value);
  }
}

test('a word list file is split into lines across chunks: LF, CRLF, CR and NUL end a line, blanks are skipped', async () => {
  const splitter = createLineSplitter(12);
  const lines: string[] = [];
  const drain = (): void => {
    for (let line = splitter.next(); line !== null; line = splitter.next()) lines.push(line);
  };
  // A CRLF split between two pieces, a line split in the middle, a line over the cap.
  for (const piece of ['dev\r', '\nsec', 'ret\0\0one\rtwo\n\n  spaced  ', '\nx'.padEnd(10, 'x'), 'y'.repeat(20), '\nlast']) {
    splitter.push(piece);
    drain();
  }
  const last = splitter.end();
  if (last !== null) lines.push(last);
  expect(lines).toEqual([
    'dev',
    'secret',
    'one',
    'two',
    '  spaced  ',
    'xxxxxxxxxyyy',
    'last',
  ]);
  const file = new Blob(['\uFEFFalpha\r\nbeta\r\n', 'gamma\0delta\r\nclé\n']);
  const batches = await allBatches(file, 2);
  expect(batches.map((b) => b.words)).toEqual([['alpha', 'beta'], ['gamma', 'delta'], ['clé']]);
  expect(batches.at(-1)?.bytesRead).toBe(file.size);
});

test('a UTF-16 word list (with its byte order mark) is read as UTF-16', async () => {
  const text = 'dev\r\nsecret\r\n';
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
  expect((await allBatches(new Blob([bytes]))).flatMap((b) => b.words)).toEqual(['dev', 'secret']);
});

test('a streamed file finds the secret after the in-memory words, and reports bytes read of the file size', async () => {
  const lines = Array.from({ length: 6_000 }, (_, i) => `guess${i}`);
  lines.splice(5_000, 0, 'dev');
  const file = new Blob([lines.join('\r\n')]);
  const run = startSecretGuessRun({
    cookie: devVector.cookie,
    words: ['nope'],
    file: streamWordList(file, 500),
    workerCount: 2,
    spawn: createInlineGuessWorker,
    confirm: confirmSessionSecret,
  });
  const final = await run.finished;
  expect(final.status).toBe('found');
  expect(final.secret).toBe('dev');
  expect(final.totalBytes).toBe(file.size);
  expect(final.bytesRead).toBeGreaterThan(0);
  expect(final.bytesRead).toBeLessThanOrEqual(file.size);
}, 30_000);

test('a file is read only as fast as the workers guess: at most two batches wait per worker', async () => {
  const requests: GuessRequest[] = [];
  const ports: GuessWorkerPort[] = [];
  const spawn = (): GuessWorkerPort => {
    const port: GuessWorkerPort = { onmessage: null, onerror: null, postMessage: (request) => requests.push(request), terminate: () => {} };
    ports.push(port);
    return port;
  };
  const file = new Blob([Array.from({ length: 100_000 }, (_, i) => `w${i}`).join('\n')]);
  const run = startSecretGuessRun({ cookie: devVector.cookie, words: [], file: streamWordList(file, 100), workerCount: 2, spawn, confirm: confirmSessionSecret });
  await expect.poll(() => requests.length).toBe(2 * BATCHES_PER_WORKER);
  // Nothing is guessed, so nothing more is read, however long we wait.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(requests.length).toBe(2 * BATCHES_PER_WORKER);
  expect(run.getSnapshot().bytesRead).toBeLessThan(file.size);
  expect(run.getSnapshot().total).toBeNull();
  // One batch done: exactly one more is read and sent.
  const first = requests[0];
  if (!first) throw new Error('no request');
  ports[0]?.onmessage?.({ data: { type: 'done', batch: first.batch, tried: first.words.length } });
  await expect.poll(() => requests.length).toBe(2 * BATCHES_PER_WORKER + 1);
  expect(run.getSnapshot().tried).toBe(100);
  run.stop();
  expect((await run.finished).status).toBe('stopped');
});

test('the whole file tried and not found: total is the number of lines, time left is gone', async () => {
  const file = new Blob([Array.from({ length: 5_000 }, (_, i) => `w${i}`).join('\n')]);
  const final = await startSecretGuessRun({ cookie: devVector.cookie, words: ['a', 'b'], file: streamWordList(file, 700), workerCount: 2, spawn: createInlineGuessWorker, confirm: confirmSessionSecret }).finished;
  expect(final).toMatchObject({ status: 'not-found', tried: 5_002, total: 5_002, bytesRead: file.size, secondsLeft: null });
}, 30_000);
