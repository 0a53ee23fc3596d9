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

/** Splits text that arrives in pieces into lines; a line may span pieces. */
export function createLineSplitter(maxLineChars = MAX_LINE_CHARS): { push(text: string): string[]; end(): string[] } {
  let carry = '';
  return {
    push(text) {
      const parts = (carry + text).split(/[\n\r\0]/);
      carry = (parts.pop() ?? '').slice(0, maxLineChars);
      return parts.filter((line) => line !== '').map((line) => line.slice(0, maxLineChars));
    },
    end() {
      const last = carry;
      carry = '';
      return last === '' ? [] : [last];
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
    for (;;) {
      const { done, value } = await reader.read();
      for (const line of done ? splitter.end() : splitter.push(value)) {
        batch.push(line);
        if (batch.length >= batchSize) {
          yield { words: batch, bytesRead };
          batch = [];
        }
      }
      if (done) break;
    }
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
