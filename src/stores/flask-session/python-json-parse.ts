import type { FlaskValue } from './flask-value.ts';

/**
 * json.loads as CPython's C scanner does it — the parser Flask uses on the
 * session text — producing plain (not yet untagged) FlaskValues.
 *
 * Differences from JSON.parse that matter here, all mirrored:
 *  - `NaN`, `Infinity`, `-Infinity` are accepted (as floats);
 *  - a number with `.` or an exponent is a float, otherwise an int of any size
 *    (but more than 4300 digits raises ValueError, Python's int_max_str_digits);
 *  - duplicate keys: the last value wins, at the first key's position;
 *  - whitespace is only space, tab, CR, LF; a leading BOM is an error.
 * Objects become Maps, so `__proto__` is an ordinary key.
 */

export type PythonJsonParsed = { readonly ok: true; readonly value: FlaskValue } | { readonly ok: false; readonly reason: string };

/**
 * Python gives up with RecursionError somewhere near 490 levels of nesting
 * when Flask loads a session (measured with Flask 3.1 / Python 3.11); we
 * stop a little earlier, so very deep payloads are BadPayload here too.
 */
export const MAX_JSON_DEPTH = 480;

const PYTHON_INT_MAX_STR_DIGITS = 4300;

class JsonSyntaxError extends Error {}

export function parsePythonJson(text: string): PythonJsonParsed {
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, reason: 'Unexpected UTF-8 BOM (decode using utf-8-sig)' };
  const parser = new Parser(text);
  try {
    const value = parser.parseDocument();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, reason: error.message };
    throw error;
  }
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parseDocument(): FlaskValue {
    this.skipWhitespace();
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos !== this.text.length) this.fail('Extra data');
    return value;
  }

  private fail(message: string, at = this.pos): never {
    // Python reports positions in code points; count them like it does.
    const before = Array.from(this.text.slice(0, at));
    const line = before.filter((c) => c === '\n').length + 1;
    const lastNewline = before.lastIndexOf('\n');
    const column = before.length - lastNewline;
    throw new JsonSyntaxError(`${message}: line ${line} column ${column} (char ${before.length})`);
  }

  private skipWhitespace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else return;
    }
  }

  private startsWith(word: string): boolean {
    return this.text.startsWith(word, this.pos);
  }

  private parseValue(): FlaskValue {
    const c = this.text[this.pos];
    switch (c) {
      case '"':
        return { type: 'string', value: this.parseString() };
      case '{':
        return this.nested(() => this.parseObject());
      case '[':
        return this.nested(() => this.parseArray());
    }
    const literals: ReadonlyArray<readonly [string, FlaskValue]> = [
      ['null', { type: 'null' }],
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['NaN', { type: 'float', value: Number.NaN }],
      ['Infinity', { type: 'float', value: Number.POSITIVE_INFINITY }],
      ['-Infinity', { type: 'float', value: Number.NEGATIVE_INFINITY }],
    ];
    for (const [word, value] of literals) {
      if (this.startsWith(word)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.parseNumber();
  }

  private nested(parse: () => FlaskValue): FlaskValue {
    if (++this.depth > MAX_JSON_DEPTH) {
      this.fail(`Nested deeper than ${MAX_JSON_DEPTH} levels (Python raises RecursionError around here)`);
    }
    const value = parse();
    this.depth--;
    return value;
  }

  private parseNumber(): FlaskValue {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (text.charCodeAt(i) >= 0x31 && text.charCodeAt(i) <= 0x39) {
      while (isDigit(text.charCodeAt(i))) i++;
    } else {
      this.fail('Expecting value', start);
    }
    let isFloat = false;
    if (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      let j = i + 1;
      if (text[j] === '+' || text[j] === '-') j++;
      if (isDigit(text.charCodeAt(j))) {
        while (isDigit(text.charCodeAt(j))) j++;
        isFloat = true;
        i = j;
      }
      // else: "1e" is the int 1 followed by extra data, as in Python.
    }
    const numberText = text.slice(start, i);
    this.pos = i;
    if (isFloat) return { type: 'float', value: Number(numberText) };
    const digits = numberText.startsWith('-') ? numberText.length - 1 : numberText.length;
    if (digits > PYTHON_INT_MAX_STR_DIGITS) {
      throw new JsonSyntaxError(
        `Exceeds the limit (${PYTHON_INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits`,
      );
    }
    return { type: 'int', value: BigInt(numberText) };
  }

  private parseString(): string {
    const text = this.text;
    const start = this.pos; // at the opening quote
    let i = start + 1;
    let out = '';
    let chunkStart = i;
    for (;;) {
      if (i >= text.length) this.fail('Unterminated string starting at', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunkStart, i);
        this.pos = i + 1;
        return out;
      }
      if (c < 0x20) this.fail('Invalid control character at', i);
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(chunkStart, i);
      const escape = text[i + 1];
      if (escape === undefined) this.fail('Unterminated string starting at', start);
      const simple = SIMPLE_ESCAPES.get(escape);
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (escape === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape', i + 1);
        // A JS string is UTF-16 like Python's \u escapes, so a high + low
        // surrogate pair joins by itself and a lone one stays lone, as in Python.
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
      } else {
        this.fail('Invalid \\escape', i);
      }
      chunkStart = i;
    }
  }

  private parseObject(): FlaskValue {
    const entries = new Map<string, FlaskValue>();
    this.eachMember('}', () => {
      if (this.text[this.pos] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') this.fail("Expecting ':' delimiter");
      this.pos++;
      this.skipWhitespace();
      entries.set(key, this.parseValue());
    });
    return { type: 'dict', entries };
  }

  private parseArray(): FlaskValue {
    const items: FlaskValue[] = [];
    this.eachMember(']', () => items.push(this.parseValue()));
    return { type: 'list', items };
  }

  /**
   * An object's members or an array's elements, as json.decoder's JSONObject and JSONArray walk
   * them: past the opening bracket, then `read` one and expect `,` or `close`, with Python's
   * message for anything else; an empty container closes at once.
   */
  private eachMember(close: '}' | ']', read: () => void): void {
    this.pos++; // the opening bracket
    this.skipWhitespace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      read();
      this.skipWhitespace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === close) return;
      if (c !== ',') this.fail("Expecting ',' delimiter", this.pos - 1);
      this.skipWhitespace();
    }
  }
}

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);
