import { useEffect, useState } from 'react';
import type { CookieKind, KeyDerivation, SessionError, SessionResult, SignedIdResult, SigningDigest } from '../stores/flask-session/index.ts';
import { createSessionChecker, type SessionChecker } from '../workers/session-codec-client.ts';
import type { FlaskCodec } from '../stores/flask-codec-loader.ts';

const checkers = new WeakMap<FlaskCodec, SessionChecker>();
/** One checker (and so one codec worker) per loaded codec, shared by every caller. */
function checkerFor(codec: FlaskCodec): SessionChecker {
  let checker = checkers.get(codec);
  if (!checker) checkers.set(codec, (checker = createSessionChecker(codec)));
  return checker;
}

/** How a real app checks its cookies: its keys (SECRET_KEY and fallbacks), salt and max age. */
export interface VerdictOptions {
  /** The keys to verify with, in order (the Secret key box's lines). */
  readonly keys: readonly string[];
  readonly salt: string;
  readonly maxAgeSeconds: number;
  readonly digest?: SigningDigest;
  readonly keyDerivation?: KeyDerivation;
}

export interface FlaskVerdict {
  readonly cookie: string;
  readonly secret: string;
  /** What the check was made with (keys, salt, max age), and as text to tell whether it is still for the current input. */
  readonly options?: VerdictOptions;
  readonly optionsKey?: string;
  /** What kind of cookie this is (a signed session, a Flask-Session id, a JWT…), by its shape; absent means a signed session. */
  readonly kind?: CookieKind;
  /** For a signed Flask-Session id: its signature checked with the keys; null or absent otherwise. */
  readonly signedId?: SignedIdResult | null;
  /** Read without the secret (untrusted). */
  readonly decoded: SessionResult;
  /** What Flask would do with this secret; null when no secret was given or WebCrypto is missing. */
  readonly verified: SessionResult | null;
  /** When the check ran (ms since the epoch): ages are measured from here. */
  readonly checkedAt: number;
  /** How long decode + verify took, in ms. */
  readonly elapsedMs: number;
}

export interface FlaskVerdictState {
  /** The latest verdict, possibly for earlier input while a new check runs. */
  readonly verdict: FlaskVerdict | null;
  /** True while the shown verdict is not for the current input. */
  readonly stale: boolean;
}

/**
 * Decodes and (given a secret) verifies the cookie as it is typed, in a Web Worker where there is
 * one (session-codec-client.ts). The codec is async, so this is a small effect; an answer for
 * input that has since changed is dropped.
 */
export function useFlaskVerdict(codec: FlaskCodec | null, cookie: string, secret: string, canVerify: boolean, options?: VerdictOptions): FlaskVerdictState {
  const [verdict, setVerdict] = useState<FlaskVerdict | null>(null);
  // Without options: the one secret, Flask's salt and 31 days, as before key rotation.
  const optionsKey = JSON.stringify(options ?? { keys: secret === '' ? [] : [secret], salt: 'cookie-session', maxAgeSeconds: 2_678_400 });
  useEffect(() => {
    if (codec === null || cookie === '') return;
    const { keys, salt, maxAgeSeconds, digest = 'sha1', keyDerivation = 'hmac' } = JSON.parse(optionsKey) as VerdictOptions;
    let current = true;
    const started = performance.now();
    const checker = checkerFor(codec);
    const check = async (): Promise<FlaskVerdict> => {
      // Each step in a task of its own: where decoding runs on the page (no workers), inflating and
      // parsing up to 64 KiB of JSON is tens of milliseconds, and a chain of promises would run
      // decode and verify in one long task.
      await nextTask();
      const kind = codec.classifyCookie(cookie);
      const decoded = await checker.decodeSessionCookie(cookie, { maxAgeSeconds });
      await nextTask();
      const canCheck = keys.length > 0 && canVerify && current;
      const verified = canCheck ? await checker.verifySessionCookie(cookie, keys, { salt, maxAgeSeconds, digest, keyDerivation }) : null;
      const signedId = canCheck && kind.kind === 'flask-session-signed-id' ? await codec.verifyFlaskSessionId(cookie, keys) : null;
      return { cookie, secret, options: { keys, salt, maxAgeSeconds }, optionsKey, kind, signedId, decoded, verified, checkedAt: Date.now(), elapsedMs: performance.now() - started };
    };
    check().then(
      (next) => {
        if (current) setVerdict(next);
      },
      (error: unknown) => {
        // The codec reports bad input as results; a throw is the platform (e.g. no DecompressionStream).
        if (current) {
          setVerdict({ cookie, secret, options: { keys, salt, maxAgeSeconds }, optionsKey, kind: { kind: 'unknown' }, signedId: null, decoded: platformFailure(error), verified: null, checkedAt: Date.now(), elapsedMs: 0 });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [codec, cookie, secret, canVerify, optionsKey]);
  if (cookie === '') return { verdict: null, stale: false };
  return { verdict, stale: verdict === null || verdict.cookie !== cookie || verdict.secret !== secret || verdict.optionsKey !== optionsKey };
}

/**
 * Resolves in a later task, so the browser can paint and handle input first: scheduler.yield()
 * where there is one (https://developer.mozilla.org/en-US/docs/Web/API/Scheduler/yield), else a
 * MessageChannel message (unlike setTimeout, not throttled to 1 s in a background tab).
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function platformFailure(error: unknown): SessionError {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, kind: 'Malformed', reason: `This browser could not run the check (${detail}).` };
}
