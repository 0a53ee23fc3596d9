import type { FlaskValue } from './flask-value.ts';
import { parsePythonJson } from './python-json-parse.ts';
import { compareByCodePoint, pythonFloatRepr, pythonJsonString } from './python-json-format.ts';
import { pythonB64decodeText, pythonA2bBase64, standardBase64Encode } from './python-base64.ts';
import { pythonScalarRepr } from './python-scalar-repr.ts';
import { pythonUuidHex } from './python-uuid.ts';

/**
 * Flask's TaggedJSONSerializer (flask/json/tag.py), both directions.
 *
 * Serializing walks the tags in Flask's order — TagDict, PassDict, TagTuple,
 * PassList, TagBytes, TagMarkup, TagUUID, TagDateTime — and writes compact,
 * key-sorted, ASCII-only JSON, byte-identical to what Flask puts in the cookie.
 *
 * Parsing mirrors `_untag_scan`: a dict's values are untagged first, then
 * the dict itself is untagged if it has exactly one key and that key is a
 * tag name. ` di` marks a one-key dict whose key happens to be a tag name:
 * Flask writes {" t": x} as {" di": {" t__": x}}.
 */

export const TAG_KEYS: readonly string[] = [' di', ' t', ' b', ' m', ' u', ' d'];
const TAG_KEY_SET: ReadonlySet<string> = new Set(TAG_KEYS);

export type TaggedJsonParsed = { readonly ok: true; readonly value: FlaskValue } | { readonly ok: false; readonly reason: string };

/** Untagging failed where Flask's to_python would raise (Flask: BadPayload). */
class UntagError extends Error {}

export function parseTaggedJson(text: string): TaggedJsonParsed {
  const parsed = parsePythonJson(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: untagScan(parsed.value) };
  } catch (error) {
    if (error instanceof UntagError) return { ok: false, reason: error.message };
    throw error;
  }
}

export function serializeTaggedJson(value: FlaskValue): string {
  switch (value.type) {
    case 'null':
      return 'null';
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'int':
      return value.value.toString();
    case 'float':
      return pythonFloatRepr(value.value);
    case 'string':
      return pythonJsonString(value.value);
    case 'list':
      return `[${value.items.map(serializeTaggedJson).join(',')}]`;
    case 'dict': {
      const [only, ...rest] = value.entries;
      if (only && rest.length === 0 && TAG_KEY_SET.has(only[0])) {
        return tagged(' di', `{${pythonJsonString(`${only[0]}__`)}:${serializeTaggedJson(only[1])}}`);
      }
      const keys = [...value.entries.keys()].sort(compareByCodePoint);
      const members = keys.map((key) => {
        const member = value.entries.get(key);
        return `${pythonJsonString(key)}:${member ? serializeTaggedJson(member) : 'null'}`;
      });
      return `{${members.join(',')}}`;
    }
    case 'tuple':
      return tagged(' t', `[${value.items.map(serializeTaggedJson).join(',')}]`);
    case 'bytes':
      return tagged(' b', pythonJsonString(standardBase64Encode(value.bytes)));
    case 'markup':
      return tagged(' m', pythonJsonString(value.html));
    case 'uuid':
      return tagged(' u', pythonJsonString(value.hex));
    case 'datetime':
      return tagged(' d', pythonJsonString(value.http));
  }
}

function tagged(key: string, json: string): string {
  return `{${pythonJsonString(key)}:${json}}`;
}

function untagScan(value: FlaskValue): FlaskValue {
  if (value.type === 'list') return { type: 'list', items: value.items.map(untagScan) };
  if (value.type !== 'dict') return value;
  const entries = new Map<string, FlaskValue>();
  for (const [key, item] of value.entries) entries.set(key, untagScan(item));
  return untag(entries);
}

function untag(entries: ReadonlyMap<string, FlaskValue>): FlaskValue {
  const [only, ...rest] = entries;
  if (!only || rest.length > 0 || !TAG_KEY_SET.has(only[0])) return { type: 'dict', entries };
  const [key, inner] = only;
  switch (key) {
    case ' di':
      return untagDictKey(inner);
    case ' t':
      return { type: 'tuple', items: pythonTupleItems(inner) };
    case ' b':
      return { type: 'bytes', bytes: pythonB64decode(inner) };
    case ' m':
      return { type: 'markup', html: pythonMarkupText(inner) };
    case ' u':
      return { type: 'uuid', hex: uuidHex(inner) };
    default:
      return { type: 'datetime', http: httpDateText(inner) };
  }
}

/** TagDict.to_python: `key = next(iter(value)); return {key[:-2]: value[key]}` (other keys are dropped). */
function untagDictKey(inner: FlaskValue): FlaskValue {
  const first = inner.type === 'dict' ? inner.entries.entries().next() : undefined;
  if (!first || first.done) throw new UntagError("' di' must wrap a non-empty object (Flask: TypeError/StopIteration)");
  const [key, value] = first.value;
  const shortened = Array.from(key).slice(0, -2).join(''); // Python slices code points
  return { type: 'dict', entries: new Map([[shortened, value]]) };
}

/** TagTuple.to_python is `tuple(value)`: iterates lists, strings (per code point), dict keys, bytes. */
function pythonTupleItems(inner: FlaskValue): readonly FlaskValue[] {
  switch (inner.type) {
    case 'list':
    case 'tuple':
      return inner.items;
    case 'string':
      return Array.from(inner.value, (c): FlaskValue => ({ type: 'string', value: c }));
    case 'markup':
      return Array.from(inner.html, (c): FlaskValue => ({ type: 'string', value: c }));
    case 'dict':
      return Array.from(inner.entries.keys(), (k): FlaskValue => ({ type: 'string', value: k }));
    case 'bytes':
      return Array.from(inner.bytes, (b): FlaskValue => ({ type: 'int', value: BigInt(b) }));
    default:
      throw new UntagError(`' t' needs something iterable; tuple() of a ${inner.type} raises TypeError`);
  }
}

/** TagBytes.to_python is `b64decode(value)`: lenient standard base64 of an ASCII str (or of bytes). */
function pythonB64decode(inner: FlaskValue): Uint8Array {
  const decoded =
    inner.type === 'string'
      ? pythonB64decodeText(inner.value)
      : inner.type === 'markup'
        ? pythonB64decodeText(inner.html)
        : inner.type === 'bytes'
          ? pythonA2bBase64(inner.bytes)
          : { ok: false as const, reason: `b64decode() of a ${inner.type} raises TypeError` };
  if (!decoded.ok) throw new UntagError(`' b' is not valid base64: ${decoded.reason}`);
  return decoded.bytes;
}

/**
 * TagMarkup.to_python is `Markup(value)`, i.e. `str(value)`. Strings and
 * scalars are reproduced; for containers Flask would store a Python repr,
 * which this decoder does not imitate, so they are refused instead.
 */
function pythonMarkupText(inner: FlaskValue): string {
  switch (inner.type) {
    case 'string':
      return inner.value;
    case 'markup':
      return inner.html;
    case 'null':
    case 'boolean':
    case 'int':
    case 'float':
      return pythonScalarRepr(inner);
    default:
      throw new UntagError(`' m' of a ${inner.type}: Flask would store Python's repr of it, which this decoder does not reproduce`);
  }
}

/** TagUUID.to_python is `UUID(value)`; we keep its canonical `.hex`. */
function uuidHex(inner: FlaskValue): string {
  const text = inner.type === 'string' ? inner.value : inner.type === 'markup' ? inner.html : null;
  if (text === null) throw new UntagError(`' u' needs a string; UUID() of a ${inner.type} raises`);
  const hex = pythonUuidHex(text);
  if (hex === null) throw new UntagError(`' u' is not a UUID Python accepts: ${JSON.stringify(text)}`);
  return hex;
}

/**
 * TagDateTime.to_python is werkzeug's parse_date. The text is kept verbatim;
 * Flask would normalise other RFC 2822 spellings and turn unparseable text
 * into None — see dateFromHttpDate for reading the canonical form.
 */
function httpDateText(inner: FlaskValue): string {
  if (inner.type === 'string') return inner.value;
  if (inner.type === 'markup') return inner.html;
  throw new UntagError(`' d' of a ${inner.type} is not supported (Flask gives None or raises)`);
}
