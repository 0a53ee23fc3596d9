/**
 * zlib (RFC 1950). Inflating uses the platform's DecompressionStream; deflating
 * uses pako, a faithful port of zlib 1.2, because the platform's
 * CompressionStream is built on Chromium's zlib fork, whose output differs from
 * Python's zlib for some inputs (one fixture came out a byte shorter), and a
 * session we sign must be byte-for-byte the cookie Flask would write.
 *
 * Inflating is capped: a ~4 KB cookie can inflate to megabytes (a deflate
 * bomb). The input is fed in small slices while the output is read, so we
 * stop soon after the cap instead of holding the whole result in memory.
 *
 * Known platform difference: Python's zlib.decompress ignores junk after the
 * end of the zlib stream, and so does Node's DecompressionStream; browsers'
 * DecompressionStream reject it (TypeError), so there such a cookie is
 * BadPayload here while Flask would still read it.
 */

export const DEFAULT_INFLATE_LIMIT_BYTES = 64 * 1024;

/** Deflate expands at most ~1032×, so a 64-byte slice yields at most ~66 KB before we look again. */
const INPUT_SLICE_BYTES = 64;

export type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly tooLarge: false; readonly reason: string }
  | { readonly ok: false; readonly tooLarge: true; readonly reason: string; readonly limitBytes: number; readonly inflatedBytesSeen: number };

export async function inflateCapped(data: Uint8Array, limitBytes: number = DEFAULT_INFLATE_LIMIT_BYTES): Promise<Inflated> {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    try {
      for (let offset = 0; offset < data.length && !stopped; offset += INPUT_SLICE_BYTES) {
        await writer.write(copyOf(data.subarray(offset, offset + INPUT_SLICE_BYTES)));
      }
      if (!stopped) await writer.close();
    } catch {
      // The readable side reports the same failure; nothing more to say here.
    }
  })();

  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limitBytes) {
        stopped = true;
        await reader.cancel('inflate limit reached').catch(() => undefined);
        await writer.abort('inflate limit reached').catch(() => undefined);
        await feeding;
        return {
          ok: false,
          tooLarge: true,
          reason: `The compressed payload inflates to more than ${limitBytes} bytes (the limit); stopped after ${total} bytes.`,
          limitBytes,
          inflatedBytesSeen: total,
        };
      }
      chunks.push(value);
    }
  } catch (error) {
    stopped = true;
    await feeding;
    return { ok: false, tooLarge: false, reason: `Not valid zlib data (${describe(error)}).` };
  }
  await feeding;
  return { ok: true, bytes: concat(chunks, total) };
}

/** zlib at level 6, window 15, memLevel 8: Python's zlib.compress defaults, byte for byte. */
export async function deflate(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const { deflate: pakoDeflate } = await import('pako');
  return copyOf(pakoDeflate(data, { level: 6, windowBits: 15, memLevel: 8 }));
}

/** A fresh same-realm copy: some WebCrypto/stream implementations reject foreign or shared buffers. */
function copyOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
