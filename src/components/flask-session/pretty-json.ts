import { PRETTY_INDENT_MAX_DEPTH } from './display-limits.ts';

export interface PrettyJsonOptions {
  readonly indent?: string;
  /** Stop once the output reaches this many characters (default: no limit). */
  readonly maxChars?: number;
  /** Indentation stops growing beyond this depth (default PRETTY_INDENT_MAX_DEPTH). */
  readonly maxIndentDepth?: number;
}

export interface PrettyJson {
  readonly text: string;
  /** Characters of the input not yet printed (0 when all of it is in `text`). */
  readonly remainingInputChars: number;
  /** True if some line is nested deeper than the indentation shows. */
  readonly indentCapped: boolean;
}

/**
 * Re-indents JSON text without re-serializing it: every token stays exactly as Flask wrote it
 * (`2.0` stays `2.0`, `"\u00e9"` stays escaped, big ints keep their digits, key order is kept),
 * only whitespace is added between tokens. Input is JSON the codec has already parsed.
 *
 * The work is bounded by the output: indentation stops growing at `maxIndentDepth`, and printing
 * stops at `maxChars`, so deep nesting cannot blow up quadratically.
 */
export function prettyJsonCapped(text: string, options: PrettyJsonOptions = {}): PrettyJson {
  const indent = options.indent ?? '  ';
  const maxChars = options.maxChars ?? Infinity;
  const maxDepth = options.maxIndentDepth ?? PRETTY_INDENT_MAX_DEPTH;
  const newlines: string[] = [];
  const newline = (depth: number): string => {
    const shown = Math.min(depth, maxDepth);
    return (newlines[shown] ??= `\n${indent.repeat(shown)}`);
  };
  let out = '';
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let escaped = false;
  let i = 0;
  for (; i < text.length && out.length < maxChars; i++) {
    const char = text[i] ?? '';
    if (inString) {
      out += char;
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    switch (char) {
      case '"':
        inString = true;
        out += char;
        break;
      case '{':
      case '[': {
        const close = char === '{' ? '}' : ']';
        const next = nextNonSpace(text, i + 1);
        if (text[next] === close) {
          out += char + close;
          i = next;
        } else {
          depth += 1;
          deepest = Math.max(deepest, depth);
          out += char + newline(depth);
        }
        break;
      }
      case '}':
      case ']':
        depth = Math.max(0, depth - 1);
        out += newline(depth) + char;
        break;
      case ',':
        out += `,${newline(depth)}`;
        break;
      case ':':
        out += ': ';
        break;
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        break;
      default:
        out += char;
    }
  }
  // The last token may have added a line break and its indent past the limit.
  return { text: out.length > maxChars ? out.slice(0, maxChars) : out, remainingInputChars: text.length - i, indentCapped: deepest > maxDepth };
}

/** The whole text pretty-printed (indentation capped, length not): for small inputs. */
export function prettyJson(text: string, indent = '  '): string {
  return prettyJsonCapped(text, { indent }).text;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  return i;
}
