/**
 * SHA-1 (FIPS 180-4 §6.1, https://csrc.nist.gov/pubs/fips/180-4/upd1/final) on 32-bit words,
 * for the weak-secret guesser's hot loop only: no allocation per call, the compression is
 * unrolled with its schedule in local variables (sha1-rounds.ts), and callers hand in blocks that are
 * already big-endian words (padding included), so per-cookie constants are converted once.
 * Everything else in the codec signs and verifies with WebCrypto; a guess this finds is
 * re-checked there before anyone is told. Tested against node:crypto (sha1-words.test.ts).
 */

import { sha1Compress } from './sha1-rounds.ts';

export { sha1Compress };

export const SHA1_IV: readonly number[] = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];

/**
 * `bytes` as the tail of a SHA-1 message that follows `prefixBytes` already-hashed bytes (a
 * multiple of 64: HMAC's key block), padded (0x80, zeros, 64-bit bit length) and written as
 * big-endian words: ready for sha1Compress, one block per 16 words.
 */
export function paddedWords(bytes: Uint8Array, prefixBytes: number): Int32Array {
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const bits = (prefixBytes + bytes.length) * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  const words = new Int32Array(blocks * 16);
  for (let i = 0; i < words.length; i++) words[i] = view.getInt32(i * 4);
  return words;
}

/** Plain SHA-1 of bytes into 5 words (for keys longer than a block, and for tests). */
export function sha1Words(bytes: Uint8Array, into: Int32Array = new Int32Array(5)): Int32Array {
  const words = paddedWords(bytes, 0);
  into.set(SHA1_IV);
  for (let off = 0; off < words.length; off += 16) sha1Compress(into, 0, words, off, into, 0);
  return into;
}
