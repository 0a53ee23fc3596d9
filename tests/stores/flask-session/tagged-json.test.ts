// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  flaskBytes,
  flaskDatetime,
  flaskDict,
  flaskFloat,
  flaskInt,
  flaskList,
  flaskMarkup,
  flaskString,
  flaskTuple,
  flaskUuid,
  flaskValuesEqual,
  dateFromHttpDate,
  type FlaskValue,
} from '../../../src/stores/flask-session/flask-value.ts';
import { compareByCodePoint, pythonFloatRepr, pythonJsonString } from '../../../src/stores/flask-session/python-json-format.ts';
import { parseTaggedJson, serializeTaggedJson } from '../../../src/stores/flask-session/tagged-json.ts';
import { flaskValueArbitrary } from './flask-value-arbitrary.ts';

function parsed(text: string): FlaskValue {
  const result = parseTaggedJson(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function parseError(text: string): string {
  const result = parseTaggedJson(text);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.reason;
}

describe('Python float repr', () => {
  it.each([
    [2.5, '2.5'],
    [2, '2.0'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [123456789012345680000, '1.2345678901234568e+20'],
    [0.1, '0.1'],
    [3.25, '3.25'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [-0, '-0.0'],
    [-1.5e300, '-1.5e+300'],
    [5e-324, '5e-324'],
    [Number.MAX_VALUE, '1.7976931348623157e+308'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('%s → %s', (value, text) => {
    expect(pythonFloatRepr(value)).toBe(text);
  });
});

describe('Python json string escaping (ensure_ascii)', () => {
  it('escapes non-ASCII as lowercase \\uXXXX, astral as a surrogate pair', () => {
    expect(pythonJsonString('é中🍪')).toBe('"\\u00e9\\u4e2d\\ud83c\\udf6a"');
  });
  it('uses the short escapes Python uses and \\u00XX for other control characters and DEL', () => {
    expect(pythonJsonString('"\\\b\f\n\r\t\u0000\u001f\u007f/')).toBe('"\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f/"');
  });
  it('keeps a lone surrogate as its own escape', () => {
    expect(pythonJsonString('\ud800x')).toBe('"\\ud800x"');
  });
});

describe('key order', () => {
  it('sorts by code point, not by UTF-16 code unit', () => {
    // In UTF-16, 🍪 (D83C DF6A) sorts before U+E000 and U+FFFF; by code point it is last.
    const keys = ['\u{1f36a}', '\uffff', '\ue000', 'z', 'A'];
    expect([...keys].sort()).toEqual(['A', 'z', '\u{1f36a}', '\ue000', '\uffff']);
    expect([...keys].sort(compareByCodePoint)).toEqual(['A', 'z', '\ue000', '\uffff', '\u{1f36a}']);
  });
  it('serializes dict keys in Python order', () => {
    const value = flaskDict([
      ['\u{1f36a}', flaskInt(1)],
      ['\ue000', flaskInt(2)],
      ['b', flaskInt(3)],
      ['a', flaskInt(4)],
    ]);
    expect(serializeTaggedJson(value)).toBe('{"a":4,"b":3,"\\ue000":2,"\\ud83c\\udf6a":1}');
  });
});

describe('Flask tags', () => {
  it('reads and writes every tag', () => {
    const value = flaskDict([
      ['pair', flaskTuple([flaskInt(1), flaskString('ty')])],
      ['raw', flaskBytes(new TextEncoder().encode('yawo'))],
      ['html', flaskMarkup('<b>ixz</b>')],
      ['id', flaskUuid('1a2b8f1ff1fd42a29755d4c13a902931')],
      ['when', flaskDatetime('Sat, 01 Jan 2022 00:05:09 GMT')],
    ]);
    const text =
      '{"html":{" m":"<b>ixz</b>"},"id":{" u":"1a2b8f1ff1fd42a29755d4c13a902931"},"pair":{" t":[1,"ty"]},' +
      '"raw":{" b":"eWF3bw=="},"when":{" d":"Sat, 01 Jan 2022 00:05:09 GMT"}}';
    expect(serializeTaggedJson(value)).toBe(text);
    expect(flaskValuesEqual(parsed(text), value)).toBe(true);
  });

  it('wraps a one-key dict whose key is a tag name in " di" and suffixes the key', () => {
    const value = flaskDict([[' t', flaskList([flaskString('a dict whose one key'), flaskString('is a tag name')])]]);
    const text = '{" di":{" t__":["a dict whose one key","is a tag name"]}}';
    expect(serializeTaggedJson(value)).toBe(text);
    const back = parsed(text);
    expect(back.type).toBe('dict');
    expect(flaskValuesEqual(back, value)).toBe(true);
  });

  it('does not untag a dict with a tag key among others', () => {
    const value = parsed('{" t":"looks like a tag","x":1}');
    expect(value.type).toBe('dict');
  });

  it('untags bottom-up like _untag_scan: values first, then the dict', () => {
    const value = parsed('{" t":[{" t":[1]},{" b":"AA=="}]}');
    expect(value).toEqual(flaskTuple([flaskTuple([flaskInt(1)]), flaskBytes(new Uint8Array([0]))]));
  });

  it('mirrors TagDict.to_python: key[:-2] by code point, extra keys dropped', () => {
    expect(serializeTaggedJson(parsed('{" di":{"a🍪x":1,"b":2}}'))).toBe('{"a":1}');
    expect(parseError('{" di":{}}')).toMatch(/non-empty object/);
    expect(parseError('{" di":[1]}')).toMatch(/non-empty object/);
  });

  it('mirrors tuple(): strings by code point, dict keys, bytes as ints', () => {
    expect(parsed('{" t":"a🍪"}')).toEqual(flaskTuple([flaskString('a'), flaskString('🍪')]));
    expect(parsed('{" t":{"k":1}}')).toEqual(flaskTuple([flaskString('k')]));
    expect(parsed('{" t":{" b":"AAE="}}')).toEqual(flaskTuple([flaskInt(0), flaskInt(1)]));
    expect(parseError('{" t":5}')).toMatch(/TypeError/);
  });

  it('decodes " b" leniently like b64decode, refusing non-ASCII and bad padding', () => {
    expect(parsed('{" b":"e W*F3bw=="}')).toEqual(flaskBytes(new TextEncoder().encode('yawo')));
    expect(parseError('{" b":"\\u00e9"}')).toMatch(/ASCII/);
    expect(parseError('{" b":"eWF3b"}')).toMatch(/base64/);
  });

  it('normalises " u" as uuid.UUID(...).hex does', () => {
    expect(parsed('{" u":"urn:uuid:{1A2B8F1F-F1FD-42A2-9755-D4C13A902931}"}')).toEqual(flaskUuid('1a2b8f1ff1fd42a29755d4c13a902931'));
    expect(parseError('{" u":"not a uuid"}')).toMatch(/UUID/);
  });

  it('keeps " m" text and renders scalars like str()', () => {
    expect(parsed('{" m":null}')).toEqual(flaskMarkup('None'));
    expect(parsed('{" m":1.0}')).toEqual(flaskMarkup('1.0'));
    expect(parseError('{" m":[1]}')).toMatch(/repr/);
  });

  it('reads the canonical HTTP date', () => {
    expect(dateFromHttpDate('Sat, 01 Jan 2022 00:05:09 GMT')?.toISOString()).toBe('2022-01-01T00:05:09.000Z');
    expect(dateFromHttpDate('Sun, 01 Jan 2022 00:05:09 GMT')).toBeNull();
  });
});

describe("Python's json.loads quirks", () => {
  it('keeps ints and floats apart, ints at any size', () => {
    expect(parsed('[2,2.0,2.5,12345678901234567890123,-0,1E2]')).toEqual(
      flaskList([flaskInt(2), flaskFloat(2), flaskFloat(2.5), flaskInt(12345678901234567890123n), flaskInt(0), flaskFloat(100)]),
    );
    expect(serializeTaggedJson(parsed('[2,2.0,2.50,1E2,-0.0]'))).toBe('[2,2.0,2.5,100.0,-0.0]');
  });

  it('accepts NaN and Infinity as Python does', () => {
    expect(serializeTaggedJson(parsed('[NaN,Infinity,-Infinity,1e400]'))).toBe('[NaN,Infinity,-Infinity,Infinity]');
  });

  it('lets the last duplicate key win at the first position', () => {
    expect(serializeTaggedJson(parsed('{"b":1,"a":2,"b":3}'))).toBe('{"a":2,"b":3}');
    const value = parsed('{"b":1,"a":2,"b":3}');
    expect(value.type === 'dict' && [...value.entries.keys()]).toEqual(['b', 'a']);
  });

  it('refuses what Python refuses', () => {
    expect(parseError('\ufeff{}')).toMatch(/BOM/);
    expect(parseError('{"a":1,}')).toMatch(/property name/);
    expect(parseError('[1,]')).toMatch(/Expecting value/);
    expect(parseError('{"a":"\u0001"}')).toMatch(/control character/);
    expect(parseError('{"a":1} x')).toMatch(/Extra data/);
    expect(parseError('01')).toMatch(/Extra data/);
    expect(parseError(`${'9'.repeat(4301)}`)).toMatch(/4300 digits/);
    expect(parseError('"\\x"')).toMatch(/escape/);
    expect(parseError('\u00a0{}')).toMatch(/Expecting value/);
  });

  it('refuses nesting deeper than Python can recurse', () => {
    expect(parseTaggedJson(`${'['.repeat(400)}${']'.repeat(400)}`).ok).toBe(true);
    expect(parseError(`${'['.repeat(5000)}${']'.repeat(5000)}`)).toMatch(/Nested deeper/);
  });

  it('keeps __proto__ as data without touching Object.prototype', () => {
    const value = parsed('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}}');
    expect(value.type === 'dict' && [...value.entries.keys()]).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(serializeTaggedJson(value)).toBe('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}}');
  });
});

describe('round trips (fast-check)', () => {
  it('parse ∘ serialize is the identity on typed values', () => {
    fc.assert(
      fc.property(flaskValueArbitrary, (value) => {
        const text = serializeTaggedJson(value);
        expect(text).toMatch(/^[\x20-\x7e]*$/);
        expect(flaskValuesEqual(parsed(text), value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('serialize ∘ parse is the identity on Flask-written text', () => {
    fc.assert(
      fc.property(flaskValueArbitrary, (value) => {
        const text = serializeTaggedJson(value);
        expect(serializeTaggedJson(parsed(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
