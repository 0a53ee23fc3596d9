/**
 * A word list file → batches of guesses, read as they are needed and never held whole: the file
 * is streamed (`Blob.stream()`, https://developer.mozilla.org/en-US/docs/Web/API/Blob/stream)
 * through a TextDecoderStream (https://developer.mozilla.org/en-US/docs/Web/API/TextDecoderStream),
 * and lines are split chunk by chunk, so a ten-million-line list costs one chunk and a few
 * batches of memory, and no task on the page longer than splitting one chunk (~64 KiB).
 *
 * A line ends at LF, CR or NUL, so CRLF (Windows) and CR-only files work, as do NUL-separated
 * lists (`find -print0`); empty lines are skipped (Flask refuses an empty SECRET_KEY anyway). A
 * UTF-16 byte order mark selects UTF-16; otherwise the file is read as UTF-8 (its BOM dropped,
 * invalid bytes as U+FFFD). Duplicates in a file are tried again: remembering every line seen
 * would hold the whole list.
 */

export interface WordBatch {
  readonly words: string[];
  /** Bytes of the file read when this batch was cut. */
  readonly bytesRead: number;
}

export interface WordListStream {
  readonly totalBytes: number;
  readonly batches: AsyncIterator<WordBatch, undefined>;
  /** Stops reading and lets the file go. */
  cancel(): Promise<void>;
}

export const WORD_BATCH_SIZE = 4096;
/** A line longer than this is cut here (a guess is a key, not a novel; also bounds the carry-over). */
export const MAX_LINE_CHARS = 4096;

export interface LineSplitter {
  /** Adds the next piece of text (a line may span pieces). */
  push(text: string): void;
  /** The next complete non-empty line, or null when the text so far holds no more. */
  next(): string | null;
  /** After the last piece: what is left (a last line without a line break), or null. */
  end(): string | null;
}

/**
 * Splits text that arrives in pieces into lines, one line per `next()`, so the work done at once
 * is what the caller takes, not the size of the piece (a file's pieces can be 2 MiB).
 */
export function createLineSplitter(maxLineChars = MAX_LINE_CHARS): LineSplitter {
  let buffer = '';
  let pos = 0;
  return {
    push(text) {
      // What is left is a partial line: a line longer than the cap keeps only its first part.
      buffer = buffer.slice(pos, pos + maxLineChars) + text;
      pos = 0;
    },
    next() {
      for (;;) {
        let i = pos;
        const length = buffer.length;
        while (i < length) {
          const code = buffer.charCodeAt(i);
          if (code === 10 || code === 13 || code === 0) break;
          i++;
        }
        if (i >= length) return null;
        const line = buffer.slice(pos, Math.min(i, pos + maxLineChars));
        pos = i + 1;
        if (line !== '') return line;
      }
    },
    end() {
      const rest = buffer.slice(pos, pos + maxLineChars);
      buffer = '';
      pos = 0;
      return rest === '' ? null : rest;
    },
  };
}

/** Lines a file of this size probably holds (word lists average ~9 bytes a line), to size the worker pool. */
export function estimatedLines(bytes: number): number {
  return Math.ceil(bytes / 9);
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

async function sniffEncoding(file: Blob): Promise<Encoding> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

export function streamWordList(file: Blob, batchSize = WORD_BATCH_SIZE): WordListStream {
  let bytesRead = 0;
  let reader: ReadableStreamDefaultReader<string> | null = null;
  let cancelled = false;
  const counter = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, controller) {
      bytesRead += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });

  async function* batches(): AsyncGenerator<WordBatch, undefined> {
    const encoding = await sniffEncoding(file);
    if (cancelled) return undefined;
    reader = file.stream().pipeThrough(counter).pipeThrough(new TextDecoderStream(encoding)).getReader();
    const splitter = createLineSplitter();
    let batch: string[] = [];
    // Lines are cut only as batches are asked for: one batch of work per request, however large a piece.
    for (;;) {
      const line = splitter.next();
      if (line !== null) {
        batch.push(line);
        if (batch.length >= batchSize) {
          yield { words: batch, bytesRead };
          batch = [];
        }
        continue;
      }
      const { done, value } = await reader.read();
      if (done) break;
      splitter.push(value);
    }
    const last = splitter.end();
    if (last !== null) batch.push(last);
    if (batch.length > 0) yield { words: batch, bytesRead };
    return undefined;
  }

  return {
    totalBytes: file.size,
    batches: batches(),
    cancel: async () => {
      cancelled = true;
      await reader?.cancel('stopped').catch(() => undefined);
    },
  };
}
