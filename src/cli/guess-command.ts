import { readFileSync } from 'node:fs';
import { confirmSessionSecret } from '../stores/flask-session/codec.ts';
import { classifyCookie, explainCookieKind, FLASK_SESSION_ID_SALT, verifyFlaskSessionId } from '../stores/flask-session/cookie-kind.ts';
import { makeSecretGuesser, type GuessOptions } from '../stores/flask-session/guess-secret.ts';
import { FlaskSessionError } from '../stores/flask-session/session-result.ts';
import { COMMON_FLASK_SECRETS } from '../workers/common-secrets.ts';
import { UsageError, type Cli } from './cli-options.ts';
import { readCookie, type Output } from './cli-output.ts';
import { guessOnThreads } from './guess-threads.ts';
import { splitWordList } from './word-list-file.ts';

/** guess: the built-in list on this thread, then a word-list file on worker threads; every lead confirmed with WebCrypto. */

export async function guess(cli: Cli, script: URL): Promise<Output> {
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
