// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as codec from '../../../src/stores/flask-session/index.ts';
import { prettyJson } from '../../../src/components/flask-session/pretty-json.ts';
import { pythonBytesRepr, pythonRepr, pythonStrRepr, reprHelpersFrom } from '../../../src/components/flask-session/python-repr.ts';
import { formatDuration, formatUtc } from '../../../src/components/flask-session/time-text.ts';
import { describeExpiry, describeVerdict } from '../../../src/components/flask-session/verdict-text.ts';
import { parseSignedAt } from '../../../src/components/flask-session/sign-session-form.tsx';
import type { FlaskVerdict } from '../../../src/hooks/use-flask-verdict.ts';
import {
  withFirstSignatureCharChanged,
  withLastSignatureCharChanged,
  withLastSignatureCharLenient,
  withPayloadJson,
} from '../../../src/lessons/sessions/demos/cookie-tampering.ts';
import { flaskValueArbitrary } from '../../stores/flask-session/flask-value-arbitrary.ts';

const helpers = reprHelpersFrom(codec);
const parse = (json: string): codec.FlaskValue => {
  const parsed = codec.parseTaggedJson(json);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};
const SIGNED_AT = 1_795_639_130n;
const NOW = new Date(Number(SIGNED_AT) * 1000 + 3_600_000);

describe('Python repr of what a Flask view gets', () => {
  test('keeps ints, floats, tuples, bytes, Markup (as text), UUIDs and datetimes apart', () => {
    const value = parse(
      '{"n":42,"f":2.0,"t":{" t":[1,"a"]},"one":{" t":[1]},"b":{" b":"eWF3bw=="},"m":{" m":"<b>hi</b>"},"u":{" u":"1a2b8f1ff1fd42a29755d4c13a902931"},"d":{" d":"Sat, 01 Jan 2022 00:05:09 GMT"},"z":null,"ok":true}',
    );
    expect(pythonRepr(value, helpers)).toBe(
      "{'n': 42, 'f': 2.0, 't': (1, 'a'), 'one': (1,), 'b': b'yawo', 'm': Markup('<b>hi</b>'), 'u': UUID('1a2b8f1f-f1fd-42a2-9755-d4c13a902931'), 'd': datetime.datetime(2022, 1, 1, 0, 5, 9, tzinfo=datetime.timezone.utc), 'z': None, 'ok': True}",
    );
  });

  test('quotes and escapes strings and bytes as Python does', () => {
    expect(pythonStrRepr("it's")).toBe('"it\'s"');
    expect(pythonStrRepr('say "hi"')).toBe('\'say "hi"\'');
    expect(pythonStrRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(pythonStrRepr('tab\tnew\nline\\ é 🍪 \u0000 \u00a0 \u200b')).toBe("'tab\\tnew\\nline\\\\ é 🍪 \\x00 \\xa0 \\u200b'");
    expect(pythonBytesRepr(Uint8Array.from([0x61, 0x27, 0x00, 0xff, 0x0a]))).toBe('b"a\'\\x00\\xff\\n"');
    expect(pythonRepr({ type: 'float', value: Number.NaN }, helpers)).toBe('nan');
    expect(pythonRepr({ type: 'float', value: -Infinity }, helpers)).toBe('-inf');
    expect(pythonRepr({ type: 'float', value: 1e16 }, helpers)).toBe('1e+16');
    expect(pythonRepr({ type: 'int', value: 2n ** 70n }, helpers)).toBe('1180591620717411303424');
  });

  test('a datetime at a whole minute drops the seconds, like Python', () => {
    expect(pythonRepr(parse('{" d":"Sat, 01 Jan 2022 00:05:00 GMT"}'), helpers)).toBe(
      'datetime.datetime(2022, 1, 1, 0, 5, tzinfo=datetime.timezone.utc)',
    );
  });
});

describe('pretty-printing the stored JSON', () => {
  test('only adds whitespace between tokens, never changes one', () => {
    fc.assert(
      fc.property(flaskValueArbitrary, (value) => {
        const json = codec.serializeTaggedJson(value);
        const pretty = prettyJson(json);
        // Flask's JSON has no whitespace outside strings, and escapes all whitespace inside them.
        expect(pretty.replace(/\s+/g, '')).toBe(json.replace(/\s+/g, ''));
        const reparsed = codec.parseTaggedJson(pretty);
        expect(reparsed.ok && codec.flaskValuesEqual(reparsed.value, value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('keeps 2.0, escapes and big ints verbatim; empty containers stay on one line', () => {
    expect(prettyJson('{"a":[],"b":{},"c":[2.0,"\\u00e9",123456789012345678901234]}')).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    2.0,\n    "\\u00e9",\n    123456789012345678901234\n  ]\n}',
    );
    expect(prettyJson('{"k":"a,b:{[\\"]}"}')).toBe('{\n  "k": "a,b:{[\\"]}"\n}');
  });
});

describe('what the verdict says', () => {
  const verdictFor = async (cookie: string, secret: string): Promise<FlaskVerdict> => ({
    cookie,
    secret,
    decoded: await codec.decodeSessionCookie(cookie),
    verified: secret === '' ? null : await codec.verifySessionCookie(cookie, secret, { now: NOW }),
    checkedAt: NOW.getTime(),
    elapsedMs: 1,
  });

  test('valid, invalid, not checked, not a cookie', async () => {
    const cookie = await codec.signSession('{"fav_number":42}', 'dev', { timestamp: SIGNED_AT });
    expect(describeVerdict(await verdictFor(cookie, 'dev'), true)).toMatchObject({ tone: 'valid', headline: 'Signature valid' });
    const wrong = describeVerdict(await verdictFor(cookie, 'nope'), true);
    expect(wrong).toMatchObject({ tone: 'invalid', headline: 'Signature invalid' });
    expect(wrong.details.join(' ')).toMatch(/^BadSignature \(itsdangerous raises BadTimeSignature/);
    const unchecked = describeVerdict(await verdictFor(cookie, ''), true);
    expect(unchecked.headline).toBe('Signature not checked');
    expect(unchecked.details.join(' ')).toMatch(/untrusted/);
    const garbage = describeVerdict(await verdictFor('hello world', 'dev'), true);
    expect(garbage).toMatchObject({ tone: 'malformed', headline: 'Not a Flask session cookie' });
    expect(garbage.details[0]).toMatch(/^Malformed/);
  });

  test('an expired cookie still has a valid signature, and Flask still refuses it', async () => {
    const old = await codec.signSession('{"a":1}', 'dev', { timestamp: SIGNED_AT - 40n * 86_400n });
    const text = describeVerdict(await verdictFor(old, 'dev'), true);
    expect(text).toMatchObject({ tone: 'refused', headline: 'Signature valid' });
    expect(text.details[0]).toMatch(/SignatureExpired/);
  });

  test('expiry against Flask’s 31 days', () => {
    const stamp = (seconds: bigint): codec.SessionTimestamp => ({ seconds, date: new Date(Number(seconds) * 1000) });
    const now = Number(SIGNED_AT) * 1000;
    expect(describeExpiry(stamp(SIGNED_AT - 3600n), now, true)).toMatch(/^Signed at 2026-11-25 19:38:50 UTC .*1 hour ago\. Not expired: 30 days 23 hours left/);
    expect(describeExpiry(stamp(SIGNED_AT - 32n * 86_400n), now, true)).toMatch(/Expired after 31 days .* 1 day past the limit/);
    expect(describeExpiry(stamp(SIGNED_AT + 60n), now, false)).toMatch(/^Claims to be signed at .*1 minute in the future/);
  });

  test('times and durations', () => {
    expect(formatUtc(new Date(Date.UTC(2022, 0, 1, 0, 5, 9)))).toBe('2022-01-01 00:05:09 UTC');
    expect(formatDuration(0n)).toBe('0 seconds');
    expect(formatDuration(90_061n)).toBe('1 day 1 hour');
    expect(formatDuration(61n)).toBe('1 minute 1 second');
    expect(formatDuration(-7200n)).toBe('2 hours');
  });
});

test('the signing time box takes whole seconds that fit in 8 bytes, or nothing', () => {
  expect(parseSignedAt('')).toBeNull();
  expect(parseSignedAt(' 1795639130 ')).toBe(1_795_639_130n);
  expect(parseSignedAt('-1')).toMatch(/whole seconds/);
  expect(parseSignedAt('18446744073709551616')).toMatch(/8 bytes/);
});

describe('the tampering demo’s edits, checked by the codec', () => {
  const verdict = async (cookie: string | null): Promise<string> => {
    if (cookie === null) throw new Error('no cookie');
    const result = await codec.verifySessionCookie(cookie, 'SHHHHHHHHHH SEEKRIT', { now: NOW });
    return result.ok ? 'accepted' : result.kind;
  };

  test('fail for a changed payload or a changed signature bit; pass for the ignored bits', async () => {
    for (let i = 0; i < 40; i++) {
      const cookie = await codec.signSession(`{"fav_number":${i}}`, 'SHHHHHHHHHH SEEKRIT', { timestamp: SIGNED_AT });
      expect(await verdict(cookie)).toBe('accepted');
      expect(await verdict(withPayloadJson(cookie, `{"fav_number":${i},"is_admin":true}`))).toBe('BadSignature');
      expect(await verdict(withFirstSignatureCharChanged(cookie))).toBe('BadSignature');
      expect(await verdict(withLastSignatureCharChanged(cookie))).toBe('BadSignature');
      const lenient = withLastSignatureCharLenient(cookie);
      expect(lenient).not.toBe(cookie);
      expect(await verdict(lenient)).toBe('accepted');
    }
  });
});
