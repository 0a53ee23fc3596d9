/**
 * The typed value model for what a Flask session holds once Flask's
 * TaggedJSONSerializer has untagged it (flask/json/tag.py).
 *
 * Every JSON value is wrapped so the union stays discriminated, and so the
 * distinctions Python keeps survive: `2` is an `int` (arbitrary precision →
 * bigint), `2.0` / `2.5` are `float`s (IEEE doubles, like Python's float).
 * Objects are `Map`s: a `__proto__` key is just data, never a prototype.
 */
export type FlaskValue =
  | { readonly type: 'null' }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'int'; readonly value: bigint }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'list'; readonly items: readonly FlaskValue[] }
  | { readonly type: 'dict'; readonly entries: ReadonlyMap<string, FlaskValue> }
  /** Python tuple, tagged ` t`. */
  | { readonly type: 'tuple'; readonly items: readonly FlaskValue[] }
  /** Python bytes, tagged ` b` (standard base64 with padding). */
  | { readonly type: 'bytes'; readonly bytes: Uint8Array }
  /** markupsafe.Markup, tagged ` m`: text Flask treats as already-safe HTML. */
  | { readonly type: 'markup'; readonly html: string }
  /** uuid.UUID, tagged ` u`: 32 lowercase hex digits, no dashes (UUID.hex). */
  | { readonly type: 'uuid'; readonly hex: string }
  /** datetime, tagged ` d`: the HTTP date text, e.g. `Sat, 01 Jan 2022 00:05:09 GMT`. */
  | { readonly type: 'datetime'; readonly http: string };

export type FlaskValueType = FlaskValue['type'];

export const flaskNull: FlaskValue = { type: 'null' };
export const flaskBoolean = (value: boolean): FlaskValue => ({ type: 'boolean', value });
export const flaskInt = (value: bigint | number): FlaskValue => ({ type: 'int', value: BigInt(value) });
export const flaskFloat = (value: number): FlaskValue => ({ type: 'float', value });
export const flaskString = (value: string): FlaskValue => ({ type: 'string', value });
export const flaskList = (items: readonly FlaskValue[]): FlaskValue => ({ type: 'list', items });
export const flaskTuple = (items: readonly FlaskValue[]): FlaskValue => ({ type: 'tuple', items });
export const flaskBytes = (bytes: Uint8Array): FlaskValue => ({ type: 'bytes', bytes });
export const flaskMarkup = (html: string): FlaskValue => ({ type: 'markup', html });
export const flaskUuid = (hex: string): FlaskValue => ({ type: 'uuid', hex });
export const flaskDatetime = (http: string): FlaskValue => ({ type: 'datetime', http });

/** A dict from key/value pairs; later duplicates win but keep the first position, as in Python. */
export function flaskDict(entries: Iterable<readonly [string, FlaskValue]>): FlaskValue {
  const map = new Map<string, FlaskValue>();
  for (const [key, value] of entries) map.set(key, value);
  return { type: 'dict', entries: map };
}

/** The HTTP date text Flask (werkzeug.http.http_date) writes for an instant; sub-second parts dropped. */
export function httpDateFromDate(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString();
}

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads the canonical HTTP date Flask writes. Returns null for anything else
 * (Flask itself would parse other RFC 2822 forms, or turn garbage into None).
 */
export function dateFromHttpDate(http: string): Date | null {
  const match = HTTP_DATE.exec(http);
  if (!match) return null;
  const [, , day, month, year, hours, minutes, seconds] = match;
  const date = new Date(0);
  date.setUTCFullYear(Number(year), MONTHS.indexOf(month ?? ''), Number(day));
  date.setUTCHours(Number(hours), Number(minutes), Number(seconds), 0);
  return httpDateFromDate(date) === http ? date : null;
}

/**
 * Python `==` on the untagged values: dicts compare without regard to order,
 * floats with Object.is (so NaN equals NaN and -0.0 differs from 0.0 here,
 * stricter than Python, which is what a round-trip check wants).
 */
export function flaskValuesEqual(a: FlaskValue, b: FlaskValue): boolean {
  switch (a.type) {
    case 'null':
      return b.type === 'null';
    case 'boolean':
    case 'int':
    case 'string':
      return b.type === a.type && b.value === a.value;
    case 'float':
      return b.type === 'float' && Object.is(a.value, b.value);
    case 'list':
    case 'tuple':
      return b.type === a.type && a.items.length === b.items.length && a.items.every((item, i) => {
        const other = b.items[i];
        return other !== undefined && flaskValuesEqual(item, other);
      });
    case 'dict': {
      if (b.type !== 'dict' || a.entries.size !== b.entries.size) return false;
      for (const [key, value] of a.entries) {
        const other = b.entries.get(key);
        if (other === undefined || !flaskValuesEqual(value, other)) return false;
      }
      return true;
    }
    case 'bytes':
      return b.type === 'bytes' && a.bytes.length === b.bytes.length && a.bytes.every((byte, i) => byte === b.bytes[i]);
    case 'markup':
      return b.type === 'markup' && a.html === b.html;
    case 'uuid':
      return b.type === 'uuid' && a.hex === b.hex;
    case 'datetime':
      return b.type === 'datetime' && a.http === b.http;
  }
}
