/**
 * A word-list file for the command line's guesser, read as bytes: each line is one guess, its
 * bytes used as the key exactly as written (a SECRET_KEY may be bytes, and this avoids decoding
 * millions of strings). Checked before any guessing so a wrong file gets a clear message:
 * compressed archives are refused, not inflated (no zip bomb can expand here), UTF-16 text is
 * named, and CRLF endings, a UTF-8 BOM and NUL bytes are reported.
 */

export interface WordListBytes {
  readonly ok: true;
  /** Lines as [start, end) byte offsets into `bytes`, "\r" already excluded, blank lines skipped. */
  readonly bytes: Uint8Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly count: number;
  readonly notes: readonly string[];
}

export type WordListResult = WordListBytes | { readonly ok: false; readonly reason: string };

const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['gzip', [0x1f, 0x8b]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Splits a word list; `name` is only for messages. */
export function splitWordList(bytes: Uint8Array, name: string): WordListResult {
  for (const [format, magic] of MAGIC) {
    if (startsWith(bytes, magic)) {
      return { ok: false, reason: `${name} is a ${format} archive, not a text word list. Decompress it first (for example gunzip rockyou.txt.gz); archives are never inflated here.` };
    }
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, reason: `${name} is UTF-16 text (it starts with a UTF-16 byte-order mark). Save it as UTF-8, one guess per line.` };
  }
  const notes: string[] = [];
  let offset = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    offset = 3;
    notes.push(`${name} starts with a UTF-8 byte-order mark; it is not part of the first guess.`);
  }
  let lines = 0;
  for (let i = offset; i < bytes.length; i++) if (bytes[i] === 0x0a) lines++;
  const starts = new Uint32Array(lines + 1);
  const ends = new Uint32Array(lines + 1);
  let count = 0;
  let crlf = 0;
  let withNul = 0;
  let lineStart = offset;
  let nulInLine = false;
  const push = (end: number): void => {
    let stop = end;
    if (stop > lineStart && bytes[stop - 1] === 0x0d) {
      stop--;
      crlf++;
    }
    if (stop > lineStart) {
      starts[count] = lineStart;
      ends[count] = stop;
      count++;
      if (nulInLine) withNul++;
    }
  };
  for (let i = offset; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x0a) {
      push(i);
      lineStart = i + 1;
      nulInLine = false;
    } else if (byte === 0) {
      nulInLine = true;
    }
  }
  push(bytes.length);
  if (crlf > 0) notes.push(`${crlf.toLocaleString('en')} line${crlf === 1 ? ' ends' : 's end'} in CRLF (Windows); the \\r is not part of the guess.`);
  if (withNul > 0) {
    if (withNul > count / 4) {
      return { ok: false, reason: `${withNul.toLocaleString('en')} of ${count.toLocaleString('en')} lines in ${name} hold NUL bytes: this looks like a binary file, not a word list.` };
    }
    notes.push(`${withNul.toLocaleString('en')} line${withNul === 1 ? ' holds' : 's hold'} NUL bytes; they are tried as written (a Python bytes key may contain NUL).`);
  }
  return { ok: true, bytes, starts, ends, count, notes };
}
