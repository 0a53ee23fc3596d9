/**
 * How much of a decoded session the tool shows at once, and how much it takes in. The work the
 * page does is bounded by what is shown, not by what was pasted: a 174-character compressed
 * cookie can inflate to 64 KiB of JSON nested 479 deep, which pretty-printed with full
 * indentation is 31 million characters (indentation grows with depth × lines).
 */

/** Indentation stops growing after this many levels (deeper lines keep this indent). */
export const PRETTY_INDENT_MAX_DEPTH = 16;
/** Characters of JSON shown at first, and added by each "Show more". */
export const SHOWN_CHARS_STEP = 20_000;
/** Rows of the readable view shown at first, and added by each "Show more". */
export const SHOWN_ROWS_STEP = 50;
/** Characters of one repr() cell shown at first, and added by each "Show more". */
export const SHOWN_REPR_CHARS_STEP = 2_000;

const count = new Intl.NumberFormat('en');

/** Text cut to `limit` characters (never inside a surrogate pair), and how much was left out. */
export interface CappedText {
  readonly text: string;
  readonly hiddenChars: number;
}

export function capText(text: string, limit: number): CappedText {
  if (text.length <= limit) return { text, hiddenChars: 0 };
  let end = Math.max(0, limit);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), hiddenChars: text.length - end };
}

/** The message for text longer than a box takes, naming the limit; null when it fits. */
export function tooLongMessage(box: string, length: number, limit: number, hint: string): string | null {
  if (length <= limit) return null;
  return `That is ${count.format(length)} characters: the ${box} box takes at most ${count.format(limit)} (${formatKiB(limit)}). ${hint}`;
}

export function formatKiB(chars: number): string {
  return `${count.format(Math.round(chars / 1024))} KiB`;
}

export function formatCount(n: number): string {
  return count.format(n);
}
