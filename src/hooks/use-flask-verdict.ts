import { useEffect, useState } from 'react';
import type { SessionError, SessionResult } from '../stores/flask-session/index.ts';
import type { FlaskCodec } from './use-flask-codec.ts';

export interface FlaskVerdict {
  readonly cookie: string;
  readonly secret: string;
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
 * Decodes and (given a secret) verifies the cookie as it is typed. The codec is async, so
 * this is a small effect; an answer for input that has since changed is dropped.
 */
export function useFlaskVerdict(codec: FlaskCodec | null, cookie: string, secret: string, canVerify: boolean): FlaskVerdictState {
  const [verdict, setVerdict] = useState<FlaskVerdict | null>(null);
  useEffect(() => {
    if (codec === null || cookie === '') return;
    let current = true;
    const started = performance.now();
    const check = async (): Promise<FlaskVerdict> => {
      const decoded = await codec.decodeSessionCookie(cookie);
      const verified = secret !== '' && canVerify ? await codec.verifySessionCookie(cookie, secret) : null;
      return { cookie, secret, decoded, verified, checkedAt: Date.now(), elapsedMs: performance.now() - started };
    };
    check().then(
      (next) => {
        if (current) setVerdict(next);
      },
      (error: unknown) => {
        // The codec reports bad input as results; a throw is the platform (e.g. no DecompressionStream).
        if (current) setVerdict({ cookie, secret, decoded: platformFailure(error), verified: null, checkedAt: Date.now(), elapsedMs: 0 });
      },
    );
    return () => {
      current = false;
    };
  }, [codec, cookie, secret, canVerify]);
  if (cookie === '') return { verdict: null, stale: false };
  return { verdict, stale: verdict === null || verdict.cookie !== cookie || verdict.secret !== secret };
}

function platformFailure(error: unknown): SessionError {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, kind: 'Malformed', reason: `This browser could not run the check (${detail}).` };
}
