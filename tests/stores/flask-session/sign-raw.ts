import { base64UrlEncode } from '../../../src/stores/flask-session/python-base64.ts';

/**
 * Signs any `payload.timestamp` text the way itsdangerous would, written out
 * independently of the codec: for building hostile cookies with valid
 * signatures (bombs, junk, odd timestamps).
 */
export async function signRawCookie(payload: string, timestamp: string, secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const hmac = { name: 'HMAC', hash: 'SHA-1' } as const;
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), hmac, false, ['sign']);
  const derived = await crypto.subtle.sign('HMAC', base, encoder.encode('cookie-session'));
  const key = await crypto.subtle.importKey('raw', derived, hmac, false, ['sign']);
  const signedText = `${payload}.${timestamp}`;
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(signedText)));
  return `${signedText}.${base64UrlEncode(signature)}`;
}

/** base64url of the big-endian seconds, as itsdangerous writes the timestamp. */
export function timestampPart(seconds: number): string {
  const bytes: number[] = [];
  for (let rest = seconds; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return base64UrlEncode(Uint8Array.from(bytes));
}
