// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { splitWordList } from '../../src/cli/word-list-file.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const words = (text: string | Uint8Array): string[] => {
  const list = splitWordList(typeof text === 'string' ? bytes(text) : text, 'words.txt');
  if (!list.ok) throw new Error(list.reason);
  return Array.from({ length: list.count }, (_, i) => new TextDecoder().decode(list.bytes.subarray(list.starts[i], list.ends[i])));
};

describe('word-list files for flask-session guess', () => {
  it('splits LF and CRLF lines, drops blank lines and a UTF-8 BOM, and says so', () => {
    expect(words('\ufeffdev\r\nsecret\n\n\r\nclé ✓\nlast')).toEqual(['dev', 'secret', 'clé ✓', 'last']);
    const list = splitWordList(bytes('a\r\nb\r\n'), 'w.txt');
    expect(list.ok && list.notes.join(' ')).toMatch(/2 lines end in CRLF/);
  });

  it('keeps a key with spaces or a lone \\r inside exactly as written', () => {
    expect(words(' padded \na\rb\n')).toEqual([' padded ', 'a\rb']);
  });

  it('tries a few lines with NUL bytes as written, but refuses a binary file', () => {
    const some = splitWordList(bytes('a\nb\0c\nd\ne\n'), 'w.txt');
    expect(some.ok && some.notes.join(' ')).toMatch(/1 line holds NUL bytes/);
    expect(words('a\nb\0c\nd\ne\n')).toContain('b\0c');
    const binary = splitWordList(Uint8Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 10 : i % 3 === 0 ? 0 : 65)), 'blob.bin');
    expect(!binary.ok && binary.reason).toMatch(/NUL bytes: this looks like a binary file/);
  });

  it('refuses archives without inflating them (a zip bomb stays 10 KB)', () => {
    const bomb = gzipSync(Buffer.alloc(50_000_000));
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const result = splitWordList(bomb, 'rockyou.txt.gz');
    expect(performance.now() - started).toBeLessThan(100);
    expect(!result.ok && result.reason).toMatch(/gzip archive.*Decompress it first/);
    expect(splitWordList(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'x.zip').ok).toBe(false);
  });

  it('names UTF-16 text', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x64, 0, 0x65, 0, 0x76, 0]);
    expect(splitWordList(utf16, 'w.txt')).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-16.*Save it as UTF-8/) });
  });
});
