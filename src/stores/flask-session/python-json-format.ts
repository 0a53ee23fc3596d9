/**
 * The pieces of Python's json.dumps(…, ensure_ascii=True, sort_keys=True,
 * separators=(",", ":")) that differ from JSON.stringify: string escaping,
 * float formatting and key order.
 */

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
};

/**
 * A JSON string literal as Python writes it with ensure_ascii=True: printable
 * ASCII as is, everything else as lowercase `\uXXXX`; characters outside the
 * BMP become their UTF-16 surrogate pair, which is exactly the JS string's own
 * code units (and a lone surrogate stays a lone `\udXXX`, as in Python).
 */
export function pythonJsonString(text: string): string {
  let out = '"';
  let plainStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e && code !== 0x22 && code !== 0x5c) continue;
    out += text.slice(plainStart, i);
    out += SHORT_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`;
    plainStart = i + 1;
  }
  return `${out}${text.slice(plainStart)}"`;
}

/**
 * float.__repr__ (and json's float encoder): the shortest digits that round
 * trip — the same digits JS picks — laid out Python's way: scientific when
 * the decimal exponent is < -4 or >= 16 (`1e+16`, `1e-05`, `1.5e+300`),
 * otherwise positional with at least one fractional digit (`2.0`, `0.0001`).
 * Non-finite values are written as json.dumps does: NaN, Infinity, -Infinity.
 */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText); // value = d.ddd × 10^exponent
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${digits[0] ?? ''}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const integerDigits = exponent + 1;
  if (digits.length <= integerDigits) return `${sign}${digits}${'0'.repeat(integerDigits - digits.length)}.0`;
  return `${sign}${digits.slice(0, integerDigits)}.${digits.slice(integerDigits)}`;
}

/**
 * Python orders str keys by code point. JS `<` compares UTF-16 code units,
 * which puts an astral character (surrogates D800–DFFF) before U+E000–U+FFFF;
 * Python puts it after. Lone surrogates count as their own code point.
 */
export function compareByCodePoint(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(j) ?? 0;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  const restA = a.length - i;
  const restB = b.length - j;
  return restA === restB ? 0 : restA < restB ? -1 : 1;
}
