// The command line's weak-secret guesser (`flask-session guess`, worker threads) against CPython on the
// same cookie and the same word list: an itsdangerous loop as flask-unsign runs it (a serializer per
// guess, https://github.com/Paradoxis/Flask-Unsign) and a raw hashlib HMAC loop, both on one core.
// Prints guesses per second and the ratios; fails only when a measurement cannot run.
// Usage: node scripts/bench-cli.mjs [--quick]   (called by scripts/bench.mjs)
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeWords } from './bench-words.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } }, strict: true });
const WORDS = args.quick ? 50_000 : 300_000;
const PYTHON = process.env.FLASK_PYTHON ?? 'python3';
const launcher = resolve(root, 'bin/flask-session.mjs');


function run(command, argv, input) {
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${argv.slice(0, 2).join(' ')} failed (${result.status ?? result.error?.message}): ${result.stderr}`);
  }
  return result.stdout;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
try {
  const wordlist = join(dir, 'words.txt');
  writeFileSync(wordlist, `${makeWords(WORDS).join('\n')}\n`);
  // The lecture's key is not in the list: every word is tried, as in a failed search.
  const cookie = run(process.execPath, [launcher, 'sign', '--secret', 'SHHHHHHHHHH SEEKRIT', '--value', '{"fav_number":42}', '--timestamp', '1795639130']).trim();

  const cli = (threads) => JSON.parse(run(process.execPath, [launcher, 'guess', cookie, '--wordlist', wordlist, '--no-builtin', '--threads', String(threads), '--json']));
  const threadCounts = [...new Set([1, availableParallelism()])];
  const ours = threadCounts.map((threads) => ({ threads, ...cli(threads) }));
  for (const r of ours) if (r.found || r.tried !== WORDS) throw new Error(`flask-session guess tried ${r.tried} of ${WORDS}`);

  const python = `
import hashlib, hmac, json, sys, time
from itsdangerous import URLSafeTimedSerializer, BadSignature
from itsdangerous.encoding import base64_decode
cookie = sys.argv[1]
words = [line.rstrip(b"\\r\\n") for line in open(sys.argv[2], "rb") if line.strip()]
out = {}
started = time.perf_counter()
for word in words:  # flask-unsign: a serializer per guess, as Flask builds its session serializer
    try:
        URLSafeTimedSerializer(word, salt="cookie-session", signer_kwargs={"key_derivation": "hmac", "digest_method": hashlib.sha1}).loads(cookie)
        break
    except BadSignature:
        pass
out["itsdangerous"] = len(words) / (time.perf_counter() - started)
signed, _, sig = cookie.rpartition(".")
signed, expected = signed.encode(), base64_decode(sig)
started = time.perf_counter()
for word in words:  # the least CPython can do per guess: two HMACs
    key = hmac.new(word, b"cookie-session", hashlib.sha1).digest()
    if hmac.compare_digest(hmac.new(key, signed, hashlib.sha1).digest(), expected):
        break
out["hashlib"] = len(words) / (time.perf_counter() - started)
out["python"] = sys.version.split()[0]
print(json.dumps(out))
`;
  const cpython = JSON.parse(run(PYTHON, ['-c', python, cookie, wordlist]));
  const n = (value) => Math.round(value).toLocaleString('en');
  console.log(`\nflask-session guess (Node ${process.versions.node}, worker threads) vs CPython ${cpython.python}: ${n(WORDS)} words, one cookie, the key not in the list, ${availableParallelism()} cores`);
  console.log(`  CPython itsdangerous loop (flask-unsign's way), 1 core:  ${n(cpython.itsdangerous).padStart(9)}/s`);
  console.log(`  CPython raw hashlib HMAC loop, 1 core:                  ${n(cpython.hashlib).padStart(9)}/s`);
  for (const r of ours) {
    const rate = r.wordListPerSecond;
    console.log(
      `  flask-session guess --threads ${r.threads}:${' '.repeat(26 - String(r.threads).length)}${n(rate).padStart(9)}/s  ` +
        `(${(rate / cpython.itsdangerous).toFixed(1)}× the itsdangerous loop, ${(rate / cpython.hashlib).toFixed(2)}× raw hashlib; incl. thread start-up)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
