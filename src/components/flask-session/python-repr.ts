import type { FlaskScalar, FlaskValue } from '../../stores/flask-session/index.ts';
import type { FlaskCodec } from '../../stores/flask-codec-loader.ts';

/**
 * What a Flask view sees once the session is loaded, written as Python's repr() would print
 * it: `42` vs `42.0`, `(1, 'a')` vs `[1, 'a']`, `b'..'`, `Markup('<b>..</b>')` (as TEXT),
 * `UUID('…')`, `datetime.datetime(…)`. The two codec helpers it needs are passed in, so this
 * file does not pull the codec into the page's first load.
 */
export interface ReprHelpers {
  /** repr() of None, a bool, an int or a float (the codec's pythonScalarRepr). */
  readonly scalarRepr: (value: FlaskScalar) => string;
  /** The instant of a canonical HTTP date, or null. */
  readonly parseHttpDate: (http: string) => Date | null;
}

/** The helpers, taken from the loaded codec. */
export function reprHelpersFrom(codec: FlaskCodec): ReprHelpers {
  return { scalarRepr: codec.pythonScalarRepr, parseHttpDate: codec.dateFromHttpDate };
}

const TYPE_NAMES: Record<FlaskValue['type'], string> = {
  null: 'NoneType',
  boolean: 'bool',
  int: 'int',
  float: 'float',
  string: 'str',
  list: 'list',
  dict: 'dict',
  tuple: 'tuple',
  bytes: 'bytes',
  markup: 'markupsafe.Markup',
  uuid: 'uuid.UUID',
  datetime: 'datetime.datetime',
};

/** How each type travels in the cookie's JSON. */
const TRAVELS_AS: Record<FlaskValue['type'], string> = {
  null: 'JSON null',
  boolean: 'JSON true/false',
  int: 'a JSON number without a dot or exponent',
  float: 'a JSON number with a dot or exponent',
  string: 'a JSON string',
  list: 'a JSON array',
  dict: 'a JSON object (a one-key dict whose key looks like a tag is wrapped in " di")',
  tuple: 'tagged " t": JSON has no tuples',
  bytes: 'tagged " b": standard base64',
  markup: 'tagged " m": Flask trusts it as safe HTML; shown here as text',
  uuid: 'tagged " u": 32 hex digits',
  datetime: 'tagged " d": an HTTP date, in UTC',
};

export function pythonTypeName(value: FlaskValue): string {
  return TYPE_NAMES[value.type];
}

export function travelsAs(value: FlaskValue): string {
  return TRAVELS_AS[value.type];
}

export function pythonRepr(value: FlaskValue, helpers: ReprHelpers): string {
  const repr = (item: FlaskValue): string => pythonRepr(item, helpers);
  switch (value.type) {
    case 'null':
    case 'boolean':
    case 'int':
    case 'float':
      return helpers.scalarRepr(value);
    case 'string':
      return pythonStrRepr(value.value);
    case 'list':
      return `[${value.items.map(repr).join(', ')}]`;
    case 'tuple':
      return value.items.length === 1 ? `(${repr(value.items[0] ?? value)},)` : `(${value.items.map(repr).join(', ')})`;
    case 'dict':
      return `{${[...value.entries].map(([key, item]) => `${pythonStrRepr(key)}: ${repr(item)}`).join(', ')}}`;
    case 'bytes':
      return pythonBytesRepr(value.bytes);
    case 'markup':
      return `Markup(${pythonStrRepr(value.html)})`;
    case 'uuid':
      return `UUID('${value.hex.slice(0, 8)}-${value.hex.slice(8, 12)}-${value.hex.slice(12, 16)}-${value.hex.slice(16, 20)}-${value.hex.slice(20)}')`;
    case 'datetime':
      return pythonDatetimeRepr(value.http, helpers);
  }
}

/** Characters str.isprintable() rejects (space aside): control, format, surrogate, private use, unassigned, separators. */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const SHORT: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function quoteFor(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/** repr(str): single quotes unless the text has ' and no ", escapes for the unprintable. */
export function pythonStrRepr(text: string): string {
  const quote = quoteFor(text.includes("'"), text.includes('"'));
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === quote) out += `\\${quote}`;
    else if (SHORT[char] !== undefined) out += SHORT[char];
    else if (char !== ' ' && NOT_PRINTABLE.test(char)) out += hexEscape(code);
    else out += char;
  }
  return out + quote;
}

function hexEscape(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** repr(bytes): printable ASCII as is, the rest as \xNN. */
export function pythonBytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const quote = quoteFor(hasSingle, bytes.includes(0x22));
  let out = `b${quote}`;
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    if (char === quote) out += `\\${quote}`;
    else if (SHORT[char] !== undefined) out += SHORT[char];
    else if (byte >= 0x20 && byte < 0x7f) out += char;
    else out += hexEscape(byte);
  }
  return out + quote;
}

/** werkzeug's parse_date gives an aware UTC datetime; repr drops a zero second. */
function pythonDatetimeRepr(http: string, helpers: ReprHelpers): string {
  const date = helpers.parseHttpDate(http);
  if (date === null) return `${pythonStrRepr(http)}  # not an HTTP date Flask writes; Flask would parse it or give None`;
  const fields = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
  if (date.getUTCSeconds() !== 0) fields.push(date.getUTCSeconds());
  return `datetime.datetime(${fields.join(', ')}, tzinfo=datetime.timezone.utc)`;
}
