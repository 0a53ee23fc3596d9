// @vitest-environment node
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { signSession } from '../../src/stores/flask-session/codec.ts';

/** The command as a learner runs it: the committed launcher, which builds the bundle when it is missing or stale. */
const LAUNCHER = resolve(import.meta.dirname, '../../bin/flask-session.mjs');
const dir = mkdtempSync(join(tmpdir(), 'flask-session-cli-'));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], input?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const json = (run: Run): Record<string, unknown> => JSON.parse(run.stdout) as Record<string, unknown>;

beforeAll(async () => {
  const first = await cli(['--help']); // builds on first use
  expect(first.status).toBe(0);
}, 120_000);

describe('npx flask-session', () => {
  it('signs, and decodes what it signed, from a whole Cookie header', async () => {
    const signed = await cli(['sign', '--secret', 'dev', '--value', '{"fav_number":42," t":[1,2]}', '--timestamp', '1795639130']);
    expect(signed.status).toBe(0);
    const cookie = signed.stdout.trim();
    expect(cookie).toBe(await signSession('{"fav_number":42," t":[1,2]}', 'dev', { timestamp: 1_795_639_130n }));
    const decoded = await cli(['decode', `Cookie: a=1; session=${cookie}`, '--json']);
    expect(decoded.status).toBe(0);
    expect(json(decoded)).toMatchObject({ ok: true, payloadJson: '{" t":[1,2],"fav_number":42}', source: 'cookie-header', untrusted: true });
  });

  it('verifies with rotated keys and says which one, exit 0; a wrong key exits 1', async () => {
    const cookie = await signSession('{"a":1}', 'old key');
    const good = await cli(['verify', cookie, '--secret', 'new key', '--secret', 'old key']);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^Signature valid \(key 2\)/);
    const bad = await cli(['verify', cookie, '--secret', 'nope', '--json']);
    expect(bad.status).toBe(1);
    expect(json(bad)).toMatchObject({ ok: false, kind: 'BadSignature' });
  });

  it('honours --salt, --legacy and --max-age', async () => {
    const legacy = await signSession('{"a":1}', 'k', { salt: 'other', epoch: 'legacy' });
    expect((await cli(['verify', legacy, '--secret', 'k', '--salt', 'other', '--legacy'])).status).toBe(0);
    const modern = await cli(['verify', legacy, '--secret', 'k', '--salt', 'other']);
    expect(modern.status).toBe(1);
    expect(modern.stdout).toMatch(/SignatureExpired[\s\S]*legacy/);
    const decoded = json(await cli(['decode', legacy, '--json']));
    expect(decoded).toMatchObject({ ok: true, timestamp: { epoch: 'legacy' } });
    const old = await signSession('{"a":1}', 'k', { timestamp: BigInt(Math.floor(Date.now() / 1000) - 100) });
    expect((await cli(['verify', old, '--secret', 'k', '--max-age', '10'])).status).toBe(1);
  });

  it('guesses from the built-in list and from a word list on threads, reporting guesses/s', async () => {
    const builtin = json(await cli(['guess', await signSession('{"a":1}', 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET'), '--json']));
    expect(builtin).toMatchObject({ found: true, secret: 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET', source: 'built-in list' });
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i}`);
    words[21_000] = 'clé du jour';
    const file = join(dir, 'words.txt');
    writeFileSync(file, words.join('\r\n'));
    const cookie = await signSession('{"a":1}', 'clé du jour');
    const run = await cli(['guess', cookie, '--wordlist', file, '--threads', '2', '--no-builtin', '--json']);
    expect(run.status).toBe(0);
    expect(json(run)).toMatchObject({ found: true, secret: 'clé du jour', threads: 2, source: 'word list line 21001' });
    expect(json(run).perSecond).toEqual(expect.any(Number));
    expect(String(json(run).notes)).toMatch(/CRLF/);
    const none = await cli(['guess', await signSession('{"a":1}', 'not in it'), '--wordlist', file, '--threads', '2']);
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/No key found\.\n30,0\d\d guesses in .* guesses\/s \(2 threads\)/);
  });

  it('guesses the key of a signed Flask-Session id', async () => {
    const id = 'Pn3nJ7o0bD0l5nqfWq3o7v0kFJxGJ4_6KfJ2p1qP9aE';
    const key = createHmac('sha1', 'dev').update('flask-session').digest();
    const signed = `${id}.${createHmac('sha1', key).update(id).digest('base64url')}`;
    expect(json(await cli(['guess', signed, '--json']))).toMatchObject({ found: true, secret: 'dev' });
    expect((await cli(['verify', signed, '--secret', 'dev'])).stdout).toMatch(/Signature valid: a Flask-Session id/);
  });

  it('refuses a compressed or binary word list with a clear message, exit 2', async () => {
    const gz = join(dir, 'rockyou.txt.gz');
    writeFileSync(gz, gzipSync(Buffer.alloc(10_000_000))); // a small zip bomb: never inflated
    const cookie = await signSession('{"a":1}', 'k');
    const zipped = await cli(['guess', cookie, '--wordlist', gz]);
    expect(zipped.status).toBe(2);
    expect(zipped.stderr).toMatch(/gzip archive.*Decompress it first/);
    const binary = join(dir, 'binary.bin');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 10 : i % 3 === 0 ? 0 : 65))));
    const bin = await cli(['guess', cookie, '--wordlist', binary, '--no-builtin']);
    expect(bin.status).toBe(2);
    expect(bin.stderr).toMatch(/NUL bytes: this looks like a binary file/);
    const someNul = join(dir, 'some-nul.txt');
    writeFileSync(someNul, `a\nb\0c\nd\ne\nk\n`);
    const found = json(await cli(['guess', cookie, '--wordlist', someNul, '--no-builtin', '--json']));
    expect(found).toMatchObject({ found: true, secret: 'k' });
    expect(String(found.notes)).toMatch(/1 line holds NUL bytes/);
  });

  it('reads the cookie from standard input, names a JWT, and explains usage errors', async () => {
    const cookie = await signSession('{"a":1}', 'k');
    expect(json(await cli(['decode', '-', '--json'], `Set-Cookie: session=${cookie}; HttpOnly; Path=/\n`))).toMatchObject({
      ok: true,
      source: 'set-cookie',
      attributes: { Path: '/' },
    });
    const jwt = await cli(['decode', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln']);
    expect(jwt.status).toBe(2);
    expect(jwt.stdout).toMatch(/JSON Web Token/);
    const usage = await cli(['verify', cookie]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/verify needs --secret/);
    expect((await cli(['frobnicate'])).stderr).toMatch(/Unknown command "frobnicate"/);
  });

  it("accepts flask-unsign's own spelling: --decode, --unsign --wordlist, --sign", async () => {
    const cookie = (await cli(['--sign', '--secret', 'dev', '--value', '{"logged_in":true}'])).stdout.trim();
    expect(JSON.parse((await cli(['--decode', '--cookie', cookie, '--json'])).stdout)).toMatchObject({ payloadJson: '{"logged_in":true}' });
    expect(JSON.parse((await cli(['--unsign', '--cookie', cookie, '--json'])).stdout)).toMatchObject({ found: true, secret: 'dev' });
  });
});
