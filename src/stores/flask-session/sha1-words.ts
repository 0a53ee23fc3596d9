/**
 * SHA-1 (FIPS 180-4 §6.1, https://csrc.nist.gov/pubs/fips/180-4/upd1/final) on 32-bit words,
 * for the weak-secret guesser's hot loop only: no allocation per call, the state and the
 * message schedule live in preallocated Int32Arrays, and callers hand in blocks that are
 * already big-endian words (padding included), so per-cookie constants are converted once.
 * Everything else in the codec signs and verifies with WebCrypto; a guess this finds is
 * re-checked there before anyone is told. Tested against node:crypto (sha1-words.test.ts).
 */

export const SHA1_IV: readonly number[] = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];

const W = new Int32Array(80);

/**
 * One compression: `into[io..io+5] = from[fo..fo+5] + f(from, block[bo..bo+16])`.
 * `into` may be `from` (an in-place update).
 */
export function sha1Compress(from: Int32Array, fo: number, block: Int32Array, bo: number, into: Int32Array, io: number): void {
  const w = W;
  for (let i = 0; i < 16; i++) w[i] = block[bo + i]!;
  for (let i = 16; i < 80; i++) {
    const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
    w[i] = (x << 1) | (x >>> 31);
  }
  const h0 = from[fo]!;
  const h1 = from[fo + 1]!;
  const h2 = from[fo + 2]!;
  const h3 = from[fo + 3]!;
  const h4 = from[fo + 4]!;
  let a = h0;
  let b = h1;
  let c = h2;
  let d = h3;
  let e = h4;
  let t = 0;
  for (let i = 0; i < 20; i++) {
    t = (((a << 5) | (a >>> 27)) + (d ^ (b & (c ^ d))) + e + w[i]! + 0x5a827999) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 20; i < 40; i++) {
    t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + w[i]! + 0x6ed9eba1) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 40; i < 60; i++) {
    t = (((a << 5) | (a >>> 27)) + ((b & c) | (d & (b | c))) + e + w[i]! - 0x70e44324) | 0; // 0x8f1bbcdc as int32
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 60; i < 80; i++) {
    t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + w[i]! - 0x359d3e2a) | 0; // 0xca62c1d6 as int32
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  into[io] = (h0 + a) | 0;
  into[io + 1] = (h1 + b) | 0;
  into[io + 2] = (h2 + c) | 0;
  into[io + 3] = (h3 + d) | 0;
  into[io + 4] = (h4 + e) | 0;
}

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
