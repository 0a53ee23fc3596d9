import { readFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { decodeSessionCookie, signSession, verifySessionCookie, confirmSessionSecret, FLASK_SESSION_MAX_AGE_SECONDS } from '../stores/flask-session/codec.ts';
import { classifyCookie, explainCookieKind, FLASK_SESSION_ID_SALT, verifyFlaskSessionId } from '../stores/flask-session/cookie-kind.ts';
import { makeSecretGuesser, type GuessOptions } from '../stores/flask-session/guess-secret.ts';
import { FlaskSessionError, type SessionResult } from '../stores/flask-session/session-result.ts';
import { pickSessionCookie, DEFAULT_SESSION_COOKIE_NAME } from '../stores/flask-session/session-cookie-input.ts';
import { KEY_DERIVATIONS, SIGNING_DIGESTS, FLASK_SESSION_SALT, type KeyDerivation, type SignerOptions, type SigningDigest } from '../stores/flask-session/session-signing-key.ts';
import type { TimestampEpoch } from '../stores/flask-session/session-timestamp.ts';
import { COMMON_FLASK_SECRETS } from '../workers/common-secrets.ts';
import { runGuessThread } from './guess-thread-main.ts';
import { defaultThreadCount, guessOnThreads, type ThreadJob } from './guess-threads.ts';
import { splitWordList } from './word-list-file.ts';

/**
 * `npx flask-session decode|verify|sign|guess`: the page's Flask session codec
 * (src/stores/flask-session) on the command line, with flask-unsign's options
 * (https://github.com/Paradoxis/Flask-Unsign: --decode, --unsign, --sign, --secret, --salt,
 * --legacy, --cookie-name, --wordlist, --threads) and --json for scripts.
 * Exit status: 0 valid / found / done, 1 invalid, expired or not found, 2 bad input or usage.
 * This same bundle is the guessing threads' script (see the bottom of this file).
 */

const USAGE = `Usage: flask-session <command> [COOKIE] [options]

Commands (flask-unsign's --decode, --unsign and --sign work too):
  decode   read a session cookie without the secret key (untrusted)
  verify   check the signature and age with one or more --secret keys
  sign     make the cookie Flask would set for --value (Flask's tagged JSON)
  guess    try weak secret keys: the built-in list and/or --wordlist FILE

COOKIE is the cookie value, a whole "Cookie:" or "Set-Cookie:" header, or a DevTools row;
"-" reads it from standard input. --cookie C does the same.

Options:
  --secret KEY          a secret key; repeat for SECRET_KEY_FALLBACKS (the first signs)
  --salt SALT           default ${FLASK_SESSION_SALT}
  --digest NAME         ${SIGNING_DIGESTS.join(', ')} (default sha1)
  --key-derivation K    ${KEY_DERIVATIONS.join(', ')} (default hmac)
  --cookie-name NAME    which cookie to take from a header (default ${DEFAULT_SESSION_COOKIE_NAME})
  --legacy              timestamps count from 2011 (itsdangerous < 1.0); decode detects them anyway
  --max-age SECONDS     oldest accepted age (default ${FLASK_SESSION_MAX_AGE_SECONDS}, Flask's 31 days)
  --value JSON          sign: the session as Flask's tagged JSON, e.g. '{"logged_in":true}'
  --timestamp SECONDS   sign: Unix time to sign at (default now)
  --wordlist FILE       guess: one guess per line (UTF-8 or raw bytes; CRLF is fine)
  --no-builtin          guess: skip the built-in list of published default keys
  --threads N           guess: worker threads (default: one per core)
  --json                one JSON object on standard output
  -h, --help            this text`;

class UsageError extends Error {}

interface Cli {
  readonly command: 'decode' | 'verify' | 'sign' | 'guess';
  readonly cookieText: string | null;
  readonly secrets: readonly string[];
  readonly signer: SignerOptions;
  readonly cookieName: string;
  readonly legacy: boolean;
  readonly maxAge: number;
  readonly value: string | null;
  readonly timestamp: bigint | null;
  readonly wordlist: string | null;
  readonly builtin: boolean;
  readonly threads: number;
  readonly json: boolean;
}

const COMMANDS = new Set(['decode', 'verify', 'sign', 'guess']);
const FLASK_UNSIGN_ALIASES: Record<string, Cli['command']> = { decode: 'decode', unsign: 'guess', sign: 'sign' };

function wholeNumber(text: string, what: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`${what} must be a whole number of seconds, not ${JSON.stringify(text)}.`);
  return Number(text);
}

function parseCli(argv: readonly string[]): Cli | 'help' {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      secret: { type: 'string', multiple: true, short: 's' },
      salt: { type: 'string' },
      digest: { type: 'string' },
      'key-derivation': { type: 'string' },
      'cookie-name': { type: 'string' },
      cookie: { type: 'string', short: 'c' },
      legacy: { type: 'boolean', short: 'l' },
      'max-age': { type: 'string' },
      value: { type: 'string' },
      timestamp: { type: 'string' },
      wordlist: { type: 'string', short: 'w' },
      'no-builtin': { type: 'boolean' },
      threads: { type: 'string', short: 't' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      decode: { type: 'boolean', short: 'd' },
      unsign: { type: 'boolean', short: 'u' },
      sign: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const alias = (['decode', 'unsign', 'sign'] as const).filter((flag) => values[flag]);
  if (alias.length > 1) throw new UsageError(`Choose one of --${alias.join(', --')}.`);
  let command: Cli['command'];
  let rest = positionals;
  if (alias.length === 1) {
    command = FLASK_UNSIGN_ALIASES[alias[0]!]!;
    // flask-unsign's --unsign with --secret checks one key rather than guessing.
    if (command === 'guess' && values.secret && !values.wordlist) command = 'verify';
  } else {
    const [first, ...others] = positionals;
    if (first === undefined) throw new UsageError('Name a command: decode, verify, sign or guess.');
    if (!COMMANDS.has(first)) throw new UsageError(`Unknown command ${JSON.stringify(first)}: use decode, verify, sign or guess.`);
    command = first as Cli['command'];
    rest = others;
  }
  if (rest.length > 1) throw new UsageError(`Expected at most one cookie, got ${rest.length} arguments (quote a header that has spaces).`);
  const digest = values.digest ?? 'sha1';
  if (!(SIGNING_DIGESTS as readonly string[]).includes(digest)) throw new UsageError(`--digest must be one of ${SIGNING_DIGESTS.join(', ')}.`);
  const keyDerivation = values['key-derivation'] ?? 'hmac';
  if (!(KEY_DERIVATIONS as readonly string[]).includes(keyDerivation)) throw new UsageError(`--key-derivation must be one of ${KEY_DERIVATIONS.join(', ')}.`);
  const threads = values.threads === undefined ? defaultThreadCount() : wholeNumber(values.threads, '--threads');
  if (threads < 1 || threads > 256) throw new UsageError('--threads must be between 1 and 256.');
  const cookieText = values.cookie ?? rest[0] ?? null;
  const cli: Cli = {
    command,
    cookieText,
    secrets: values.secret ?? [],
    signer: { salt: values.salt ?? FLASK_SESSION_SALT, digest: digest as SigningDigest, keyDerivation: keyDerivation as KeyDerivation },
    cookieName: values['cookie-name'] ?? DEFAULT_SESSION_COOKIE_NAME,
    legacy: values.legacy ?? false,
    maxAge: values['max-age'] === undefined ? FLASK_SESSION_MAX_AGE_SECONDS : wholeNumber(values['max-age'], '--max-age'),
    value: values.value ?? null,
    timestamp: values.timestamp === undefined ? null : BigInt(wholeNumber(values.timestamp, '--timestamp')),
    wordlist: values.wordlist ?? null,
    builtin: !values['no-builtin'],
    threads,
    json: values.json ?? false,
  };
  if (command === 'verify' && cli.secrets.length === 0) throw new UsageError('verify needs --secret KEY (repeat it for fallback keys).');
  if (command === 'sign' && (cli.secrets.length === 0 || cli.value === null)) throw new UsageError("sign needs --secret KEY and --value '<tagged JSON>'.");
  if (command !== 'sign' && cookieText === null) throw new UsageError(`${command} needs a cookie: flask-session ${command} COOKIE (or --cookie, or - for standard input).`);
  if (command === 'guess' && !cli.builtin && cli.wordlist === null) throw new UsageError('guess --no-builtin needs --wordlist FILE.');
  return cli;
}

interface Output {
  readonly status: number;
  readonly json: Record<string, unknown>;
  readonly lines: readonly string[];
}

const jsonSafe = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));

function readCookie(cli: Cli): { cookie: string; lines: string[]; json: Record<string, unknown> } {
  const text = cli.cookieText === '-' ? readFileSync(0, 'utf8') : (cli.cookieText ?? '');
  const picked = pickSessionCookie(text, cli.cookieName);
  if (!picked.ok) throw new UsageError(picked.reason);
  return {
    cookie: picked.cookie,
    lines: [...picked.notes, ...picked.attributes.map(([label, value]) => `  ${label}: ${value}`)],
    json: { cookieName: picked.name, source: picked.source, attributes: Object.fromEntries(picked.attributes) },
  };
}

function describeResult(result: SessionResult): string[] {
  const lines: string[] = [];
  const timestamp = result.ok ? result.timestamp : result.timestamp;
  if (timestamp) {
    const when = timestamp.date ? timestamp.date.toISOString().replace('.000Z', 'Z') : 'beyond a date';
    lines.push(`Signed at: ${when}${timestamp.epoch === 'legacy' ? ` (legacy timestamp ${timestamp.signedNumber})` : ''}`);
  }
  const lifetime = result.ok ? result.lifetime : result.lifetime;
  if (lifetime) {
    const until = lifetime.acceptedUntil ? lifetime.acceptedUntil.toISOString().replace('.000Z', 'Z') : 'beyond a date';
    lines.push(`Age: ${lifetime.ageSeconds} s; Flask accepts it until ${until} (max age ${lifetime.maxAgeSeconds} s)`);
  }
  lines.push(...(result.ok ? result.notes : (result.notes ?? [])).map((note) => `Note: ${note}`));
  return lines;
}

function resultJson(result: SessionResult): Record<string, unknown> {
  if (result.ok) {
    const { value: _value, ...rest } = result;
    return jsonSafe(rest) as Record<string, unknown>;
  }
  return jsonSafe(result) as Record<string, unknown>;
}

function epochFor(cli: Cli, fallback: TimestampEpoch): TimestampEpoch {
  return cli.legacy ? 'legacy' : fallback;
}

async function decode(cli: Cli): Promise<Output> {
  const input = readCookie(cli);
  const kind = classifyCookie(input.cookie);
  const explained = explainCookieKind(kind);
  if (explained) {
    return { status: kind.kind === 'jwt' ? 2 : 0, json: { ...input.json, ok: kind.kind !== 'jwt', cookieKind: kind, explanation: explained }, lines: [...input.lines, explained] };
  }
  const result = await decodeSessionCookie(input.cookie, { epoch: epochFor(cli, 'auto'), maxAgeSeconds: cli.maxAge });
  const head = result.ok ? [result.payloadJson] : [`${result.kind}: ${result.reason}`];
  return {
    status: result.ok ? 0 : 2,
    json: { ...input.json, ...resultJson(result), cookieKind: kind },
    lines: [...input.lines, ...head, ...describeResult(result), ...(result.ok ? ['Untrusted: decoded without the secret key; anyone can write a cookie that decodes to this.'] : [])],
  };
}

async function verify(cli: Cli): Promise<Output> {
  const input = readCookie(cli);
  const kind = classifyCookie(input.cookie);
  if (kind.kind === 'flask-session-signed-id') {
    const checked = await verifyFlaskSessionId(input.cookie, cli.secrets);
    const lines = checked.ok
      ? [`Signature valid${cli.secrets.length > 1 ? ` (key ${checked.keyIndex + 1})` : ''}: a Flask-Session id, ${checked.id}`, explainCookieKind(kind) ?? '']
      : [`Signature invalid: ${checked.reason}`];
    return { status: checked.ok ? 0 : 1, json: { ...input.json, cookieKind: kind, ...checked }, lines: [...input.lines, ...lines] };
  }
  const explained = explainCookieKind(kind);
  if (explained) return { status: 2, json: { ...input.json, ok: false, cookieKind: kind, explanation: explained }, lines: [...input.lines, explained] };
  const result = await verifySessionCookie(input.cookie, cli.secrets, { ...cli.signer, epoch: epochFor(cli, 'unix'), maxAgeSeconds: cli.maxAge });
  const which = cli.secrets.length > 1 && result.keyIndex !== undefined ? ` (key ${result.keyIndex + 1})` : '';
  let head: string;
  if (result.ok) head = `Signature valid${which}`;
  else if (result.keyIndex !== undefined) head = `Signature valid${which}, but Flask refuses the cookie: ${result.kind}: ${result.reason}`;
  else head = `Signature invalid: ${result.kind}: ${result.reason}`;
  return {
    status: result.ok ? 0 : result.kind === 'Malformed' || result.kind === 'InvalidSecret' ? 2 : 1,
    json: { ...input.json, ...resultJson(result), cookieKind: kind },
    lines: [...input.lines, head, ...(result.ok ? [result.payloadJson] : []), ...describeResult(result)],
  };
}

async function sign(cli: Cli): Promise<Output> {
  const [secret] = cli.secrets;
  try {
    const cookie = await signSession(cli.value ?? '', secret ?? '', {
      ...cli.signer,
      ...(cli.timestamp === null ? {} : { timestamp: cli.timestamp }),
      epoch: cli.legacy ? 'legacy' : 'unix',
    });
    return { status: 0, json: { ok: true, cookie }, lines: [cookie] };
  } catch (error) {
    if (error instanceof FlaskSessionError) return { status: 2, json: { ok: false, kind: error.error.kind, reason: error.error.reason }, lines: [error.message] };
    throw error;
  }
}

async function guess(cli: Cli, script: URL): Promise<Output> {
  const input = readCookie(cli);
  const kind = classifyCookie(input.cookie);
  const options: GuessOptions = kind.kind === 'flask-session-signed-id' ? { format: 'signed-value', salt: FLASK_SESSION_ID_SALT } : cli.signer;
  if (kind.kind !== 'flask-session' && kind.kind !== 'flask-session-signed-id') {
    const explained = explainCookieKind(kind) ?? 'Not a signed Flask cookie.';
    return { status: 2, json: { ...input.json, ok: false, cookieKind: kind, explanation: explained }, lines: [...input.lines, explained] };
  }
  const confirm = async (secret: Uint8Array | string): Promise<boolean> =>
    kind.kind === 'flask-session-signed-id' ? (await verifyFlaskSessionId(input.cookie, [secret])).ok : confirmSessionSecret(input.cookie, secret, cli.signer);
  const lines = [...input.lines];
  const started = performance.now();
  let tried = 0;
  let textGuess;
  try {
    textGuess = makeSecretGuesser(input.cookie, options);
  } catch (error) {
    if (error instanceof FlaskSessionError) return { status: 2, json: { ok: false, kind: error.error.kind, reason: error.error.reason }, lines: [error.message] };
    throw error;
  }
  const report = (found: string | null, source: string, threads: number, count: number, elapsedMs: number): Output => {
    const perSecond = elapsedMs > 0 ? Math.round((count * 1000) / elapsedMs) : null;
    const rate = `${count.toLocaleString('en')} guesses in ${(elapsedMs / 1000).toFixed(2)} s${perSecond ? ` = ${perSecond.toLocaleString('en')} guesses/s` : ''} (${threads} thread${threads === 1 ? '' : 's'})`;
    return {
      status: found === null ? 1 : 0,
      json: { ...input.json, ok: found !== null, found: found !== null, secret: found, source, tried: count, elapsedMs: Math.round(elapsedMs), perSecond, threads, notes: lines },
      lines: [...lines, found === null ? 'No key found.' : `Found the secret key: ${JSON.stringify(found)} (${source}; confirmed with WebCrypto)`, rate],
    };
  };
  if (cli.builtin) {
    for (const word of COMMON_FLASK_SECRETS) {
      tried++;
      if (textGuess(word) && (await confirm(word))) return report(word, 'built-in list', 1, tried, performance.now() - started);
    }
  }
  if (cli.wordlist === null) return report(null, 'built-in list', 1, tried, performance.now() - started);
  let file: Uint8Array;
  try {
    file = readFileSync(cli.wordlist);
  } catch (error) {
    throw new UsageError(`Cannot read the word list ${cli.wordlist}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = splitWordList(file, cli.wordlist);
  if (!list.ok) throw new UsageError(list.reason);
  lines.push(...list.notes);
  const lineText = (line: number): Uint8Array => list.bytes.slice(list.starts[line], list.ends[line]);
  const run = await guessOnThreads(script, input.cookie, options, list, cli.threads, (line) => confirm(lineText(line)));
  const found = run.found === null ? null : new TextDecoder().decode(lineText(run.found));
  const elapsed = performance.now() - started;
  const result = report(found, found === null ? 'word list' : `word list line ${run.found! + 1}`, run.threads, tried + run.tried, elapsed);
  return { ...result, json: { ...result.json, wordListPerSecond: run.elapsedMs > 0 ? Math.round((run.tried * 1000) / run.elapsedMs) : null } };
}

export async function main(argv: readonly string[], script: URL): Promise<number> {
  let cli: Cli | 'help';
  try {
    cli = parseCli(argv);
  } catch (error) {
    process.stderr.write(`flask-session: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (cli === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const run = { decode, verify, sign, guess: (c: Cli) => guess(c, script) }[cli.command];
    const output = await run(cli);
    process.stdout.write(cli.json ? `${JSON.stringify(output.json)}\n` : `${output.lines.filter(Boolean).join('\n')}\n`);
    return output.status;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (cli.json) process.stdout.write(`${JSON.stringify({ ok: false, reason: error.message })}\n`);
    process.stderr.write(`flask-session: ${error.message}\n`);
    return 2;
  }
}

const job = workerData as ThreadJob | null;
if (!isMainThread && job?.role === 'flask-session-guess') {
  runGuessThread(job);
} else if (isMainThread) {
  main(process.argv.slice(2), new URL(import.meta.url)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`flask-session: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
