import { decodeSessionCookie, signSession, verifySessionCookie } from '../stores/flask-session/codec.ts';
import { classifyCookie, explainCookieKind, verifyFlaskSessionId } from '../stores/flask-session/cookie-kind.ts';
import { FlaskSessionError } from '../stores/flask-session/session-result.ts';
import type { Cli } from './cli-options.ts';
import { describeResult, epochFor, readCookie, resultJson, type Output } from './cli-output.ts';

/** decode, verify and sign: the codec's three calls, with the page's own wording. */

export async function decode(cli: Cli): Promise<Output> {
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

export async function verify(cli: Cli): Promise<Output> {
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

export async function sign(cli: Cli): Promise<Output> {
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
