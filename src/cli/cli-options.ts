import { parseArgs } from 'node:util';
import { FLASK_SESSION_MAX_AGE_SECONDS } from '../stores/flask-session/codec.ts';
import { DEFAULT_SESSION_COOKIE_NAME } from '../stores/flask-session/session-cookie-input.ts';
import { FLASK_SESSION_SALT, KEY_DERIVATIONS, SIGNING_DIGESTS, type KeyDerivation, type SignerOptions, type SigningDigest } from '../stores/flask-session/session-signing-key.ts';
import { defaultThreadCount } from './guess-threads.ts';

/** The command line's arguments (node:util parseArgs, strict): flask-unsign's options and ours. */

export const USAGE = `Usage: flask-session <command> [COOKIE] [options]

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

export class UsageError extends Error {}

export interface Cli {
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

export function parseCli(argv: readonly string[]): Cli | 'help' {
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
