// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSessionCookie, signSession, verifySessionCookie } from '../../../src/stores/flask-session/codec.ts';
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
  type FlaskValue,
} from '../../../src/stores/flask-session/flask-value.ts';
import { itsdangerousBase64Decode } from '../../../src/stores/flask-session/python-base64.ts';
import type { SessionResult } from '../../../src/stores/flask-session/session-result.ts';
import { parseTaggedJson, serializeTaggedJson } from '../../../src/stores/flask-session/tagged-json.ts';
import { flaskSessionArbitrary } from './flask-value-arbitrary.ts';
import { runProcess } from './node-io.ts';

/**
 * Our codec against real Flask: the downloadable demo app
 * (public/downloads/flask-demo/app.py) driven by Flask's test client through
 * flask_oracle.py. Runs as `npm run test:flask` (vitest.flask.config.ts), not in
 * `npm test`. Needs python3 with Flask; without it this FAILS (CI installs
 * python3-flask), it does not skip.
 */

const SECRET = 'real-flask test secret ✓';
/** The interpreter with Flask: `python3`, or FLASK_PYTHON (.ci/run sets it to Debian's when it installs python3-flask). */
const PYTHON = process.env.FLASK_PYTHON ?? 'python3';
const ORACLE = decodeURIComponent(new URL('./flask_oracle.py', import.meta.url).pathname);

type OracleResult = Record<string, unknown>;

async function oracle(ops: readonly Record<string, unknown>[]): Promise<OracleResult[]> {
  await requireFlask();
  const run = await runProcess(PYTHON, [ORACLE], { input: JSON.stringify({ ops }), env: { SECRET_KEY: SECRET, PYTHONDONTWRITEBYTECODE: '1' } });
  if (run.status !== 0) throw new Error(`flask_oracle.py failed (${run.status ?? run.error?.message}):\n${run.stderr}`);
  const parsed: unknown = JSON.parse(run.stdout);
  if (!Array.isArray(parsed) || parsed.length !== ops.length) throw new Error(`unexpected oracle output: ${run.stdout.slice(0, 200)}`);
  return parsed as OracleResult[];
}

function text(result: OracleResult | undefined, key: string): string {
  const value = result?.[key];
  if (typeof value !== 'string') throw new Error(`oracle result has no string ${key}: ${JSON.stringify(result)}`);
  return value;
}

function expectOk(result: SessionResult) {
  if (!result.ok) throw new Error(`${result.kind}: ${result.reason}`);
  return result;
}

const nowSeconds = (): bigint => BigInt(Math.floor(Date.now() / 1000));

let flaskCheck: Promise<void> | undefined;

/** Every test calls this (through oracle), so a missing Flask fails each test with this message instead of skipping. */
function requireFlask(): Promise<void> {
  flaskCheck ??= (async () => {
    const check = await runProcess(PYTHON, ['-c', 'import flask, itsdangerous; print("ok")']);
    if (check.status !== 0 || !check.stdout.includes('ok')) {
      throw new Error(
        'real-flask.flask.test.ts needs python3 with Flask importable (apt-get install python3-flask, or pip install flask). ' +
          `python3 -c "import flask" said: ${check.error?.message ?? check.stderr.trim()}`,
      );
    }
  })();
  return flaskCheck;
}

it('python3 can import Flask (required: CI installs python3-flask)', async () => {
  await requireFlask();
});

describe('the downloadable demo app, run by real Flask', () => {
  it("sets a session cookie on /session-demo that our codec decodes and verifies", async () => {
    const [demo] = await oracle([{ op: 'demo' }]);
    expect(text(demo, 'secret')).toBe(SECRET);
    const cookie = text(demo, 'cookie');

    const verified = expectOk(await verifySessionCookie(cookie, SECRET));
    expect(verified.payloadJson).toBe(text(demo, 'tagged_json'));
    expect(verified.payloadJson).toBe('{"fav_foods":["tacos","dumplings","pho"],"fav_number":42}');
    expect(verified.notes).toEqual([]);
    expect(
      flaskValuesEqual(
        verified.value,
        flaskDict([
          ['fav_number', flaskInt(42)],
          ['fav_foods', flaskList([flaskString('tacos'), flaskString('dumplings'), flaskString('pho')])],
        ]),
      ),
    ).toBe(true);
    expect(Math.abs(Number(verified.timestamp.seconds - nowSeconds()))).toBeLessThan(120);

    expect((await verifySessionCookie(cookie, 'SHHHHHHHHHH SEEKRIT')).ok).toBe(false);
    expect(text(demo, 'show')).toContain('fav_number = 42');
  });

  it('remembers a plain cookie and a server-side session', async () => {
    const [demo] = await oracle([{ op: 'demo' }]);
    expect(text(demo, 'fav_color_cookie')).toBe('blue');
    expect(text(demo, 'later')).toContain('blue');
    expect(text(demo, 'later_unset')).toContain('<unset>');
    expect(text(demo, 'sid')).toMatch(/^[\w-]{40,}$/);
    expect(text(demo, 'server_show')).toContain('fav_number = 42');
  });
});

const richSession: FlaskValue = flaskDict([
  ['fav_number', flaskInt(42)],
  ['fav_foods', flaskList([flaskString('tacos'), flaskString('dumplings')])],
  ['pair', flaskTuple([flaskInt(1), flaskString('ty')])],
  ['raw', flaskBytes(new Uint8Array([0, 1, 2, 250, 255]))],
  ['html', flaskMarkup('<b>bold</b>')],
  ['id', flaskUuid('1a2b8f1ff1fd42a29755d4c13a902931')],
  ['when', flaskDatetime('Sat, 01 Jan 2022 00:05:09 GMT')],
  ['floats', flaskList([flaskFloat(2.5), flaskFloat(2), flaskFloat(1e16), flaskFloat(0.1), flaskFloat(1e-7), flaskFloat(-0)])],
  ['big', flaskInt(12345678901234567890123456789n)],
  [' t', flaskString('a one-key dict would need di; this one has siblings')],
  ['nested', flaskDict([[' t', flaskList([flaskString('di')])]])],
  ['\u{1f36a}', flaskString('astral key sorts after \ue000 in Python')],
  ['\ue000', flaskString('private use')],
  ['__proto__', flaskDict([['polluted', flaskInt(1)]])],
  ['é', flaskString('\u0000 \u007f \ud800 lone surrogate')],
]);

describe('Flask and our codec agree', () => {
  it('Flask accepts a cookie we signed and reads the same session', async () => {
    const cookie = await signSession(richSession, SECRET);
    const [loaded, shown] = await oracle([
      { op: 'loads', cookie },
      { op: 'show', cookie },
    ]);
    expect(loaded?.ok).toBe(true);
    expect(text(loaded, 'tagged_json')).toBe(serializeTaggedJson(richSession));
    expect(text(shown, 'show')).toContain('fav_number = 42');
    expect(text(shown, 'show')).toContain("pair = (1, 'ty')");
  });

  it('Flask signs the same sessions at the same second into the same cookies, byte for byte', async () => {
    const timestamp = 1_795_639_130n;
    const small = flaskDict([
      ['pair', flaskTuple([flaskInt(1), flaskString('ty')])],
      ['\u{1f36a}', flaskFloat(1e16)],
      ['\ue000', flaskBytes(new Uint8Array([0, 255]))],
    ]);
    const sessions = [richSession, small, ...fc.sample(flaskSessionArbitrary, { numRuns: 200, seed: 3 })];
    const flask = await oracle(sessions.map((session) => ({ op: 'dumps', tagged_json: serializeTaggedJson(session), timestamp: Number(timestamp) })));
    const ours = await Promise.all(sessions.map((session) => signSession(session, SECRET, { timestamp })));
    const flaskReadsOurs = await oracle(ours.map((cookie) => ({ op: 'loads', cookie, max_age: null })));
    let compressed = 0;
    for (const [i, session] of sessions.entries()) {
      const mine = ours[i] ?? '';
      const theirs = text(flask[i], 'cookie');
      // Each side reads the other's cookie...
      expect(flaskReadsOurs[i]).toEqual({ ok: true, tagged_json: serializeTaggedJson(session) });
      const readBack = expectOk(await verifySessionCookie(theirs, SECRET, { now: new Date(Number(timestamp) * 1000) }));
      expect(readBack.payloadJson).toBe(serializeTaggedJson(session));
      // ...and they are the same bytes, compressed or not.
      expect(mine).toBe(theirs);
      if (theirs.startsWith('.')) compressed += 1;
    }
    expect(compressed).toBeGreaterThan(10);
    expect(sessions.length - compressed).toBeGreaterThan(30);
  });

  it('compressed cookies: each side accepts the other, byte for byte', async () => {
    const sessions = [
      flaskDict([['big', flaskString('taco '.repeat(200))]]),
      flaskDict([['items', flaskList(Array.from({ length: 40 }, (_, i) => flaskDict([['sku', flaskString(`sku-${i}-é`)], ['qty', flaskInt(i % 7)]])))]]),
    ];
    const timestamp = nowSeconds();
    const ours = await Promise.all(sessions.map((session) => signSession(session, SECRET, { timestamp })));
    const results = await oracle([
      ...sessions.map((session) => ({ op: 'dumps', tagged_json: serializeTaggedJson(session), timestamp: Number(timestamp) })),
      ...ours.map((cookie) => ({ op: 'loads', cookie })),
    ]);
    for (const [i, session] of sessions.entries()) {
      const flaskCookie = text(results[i], 'cookie');
      const ourCookie = ours[i] ?? '';
      expect(flaskCookie.startsWith('.') && ourCookie.startsWith('.')).toBe(true);
      expect(results[sessions.length + i]?.ok).toBe(true); // Flask reads ours
      expect(flaskValuesEqual(expectOk(await verifySessionCookie(flaskCookie, SECRET)).value, session)).toBe(true); // we read Flask's
      expect(ourCookie).toBe(flaskCookie); // pako deflates exactly as CPython's zlib does
    }
  });

  it('Flask and we give the same verdict on mutated cookies (signature leniency included)', async () => {
    const cookie = await signSession(flaskDict([['q', flaskString('??>>~~ mutate me')], ['n', flaskInt(7)]]), SECRET);
    const sigStart = cookie.lastIndexOf('.') + 1;
    const mutations = new Set<string>([cookie, `${cookie}=`, `${cookie}==`, `${cookie}!`, `${cookie}!!`, cookie.replaceAll('-', '+').replaceAll('_', '/')]);
    const replacements = ['A', 'B', 'C', 'D', 'E', 'Q', 'g', 'w', '-', '_', '+', '/', '=', '.', '!', 'é'];
    for (let i = 0; i < cookie.length; i += 1) {
      for (const r of replacements) {
        if (i < sigStart && (i * 7 + r.charCodeAt(0)) % 5 !== 0) continue; // sample the payload/timestamp, try every signature position
        mutations.add(cookie.slice(0, i) + r + cookie.slice(i + 1));
      }
      mutations.add(`${cookie.slice(0, i)}!!${cookie.slice(i)}`);
      mutations.add(`${cookie.slice(0, i)}${cookie.slice(i + 1)}`);
    }
    const list = [...mutations];
    const flask = await oracle(list.map((c) => ({ op: 'loads', cookie: c })));
    const disagreements: string[] = [];
    let accepted = 0;
    for (const [i, mutated] of list.entries()) {
      const ours = await verifySessionCookie(mutated, SECRET);
      const theirs = flask[i];
      if (ours.ok) accepted++;
      if (ours.ok !== theirs?.ok) disagreements.push(`${mutated}: ours ${ours.ok ? 'ok' : ours.kind}, Flask ${JSON.stringify(theirs)}`);
      else if (ours.ok && theirs.ok && ours.payloadJson !== theirs.tagged_json) disagreements.push(`${mutated}: different JSON`);
    }
    expect(disagreements).toEqual([]);
    expect(accepted).toBeGreaterThan(4); // the original plus lenient spellings of its signature
  });

  it('our lenient base64 decoder matches itsdangerous.base64_decode', async () => {
    const samples = fc.sample(fc.string({ unit: fc.constantFrom('A', 'Q', 'w', '9', '-', '_', '+', '/', '=', '.', '!', ' ', 'é'), maxLength: 14 }), {
      numRuns: 600,
      seed: 42,
    });
    const flask = await oracle(samples.map((sample) => ({ op: 'b64', text: sample })));
    for (const [i, sample] of samples.entries()) {
      const ours = itsdangerousBase64Decode(new TextEncoder().encode(sample));
      const theirs = flask[i];
      const oursHex = ours.ok ? Array.from(ours.bytes, (b) => b.toString(16).padStart(2, '0')).join('') : null;
      expect({ sample, hex: oursHex }).toEqual({ sample, hex: theirs?.ok ? theirs.hex : null });
    }
  });

  it("our tagged JSON writer matches Flask's on generated sessions", async () => {
    const sessions = fc.sample(flaskSessionArbitrary, { numRuns: 400, seed: 7 });
    const texts = sessions.map(serializeTaggedJson);
    const flask = await oracle(texts.map((t) => ({ op: 'canon', text: t })));
    for (const [i, t] of texts.entries()) expect(flask[i]).toEqual({ ok: true, text: t });
  });

  it("our parser agrees with Flask's json.loads + untagging on odd input", async () => {
    const odd = [
      '{"b":1,"a":2,"b":3}',
      '[NaN,Infinity,-Infinity,1e400,-0,-0.0,2.50,1E2,1e-7]',
      '{" di":{" t__":[1]}}',
      '{" di":{"a\u{1f36a}x":1,"b":2}}',
      '{" t":"a\u{1f36a}"}',
      '{" t":{"k":1}}',
      '{" t":{" b":"AAE="}}',
      '{" b":"e W*F3bw=="}',
      '{" u":"urn:uuid:{1A2B8F1F-F1FD-42A2-9755-D4C13A902931}"}',
      '{" u":"0x_1a2b8f1ff1fd42a29755d4c13a9029"}',
      '{" m":1.0}',
      '{" m":null}',
      '{"a":"\\ud83c\\udf6a\\ud800"}',
      ' {"a" : [ 1 , 2 ] } ',
      '{"a":1,}',
      '[1,]',
      '01',
      '\ufeff{}',
      '{"a":"\u0001"}',
      '"\\x"',
      '{" di":{}}',
      '{" t":5}',
      '{" b":"eWF3b"}',
      '{" u":"nope"}',
      '1e',
      '-',
      'nul',
      `${'9'.repeat(4301)}`,
    ];
    const flask = await oracle(odd.map((t) => ({ op: 'canon', text: t })));
    for (const [i, t] of odd.entries()) {
      const ours = parseTaggedJson(t);
      const theirs = flask[i];
      expect({ t, ok: ours.ok, text: ours.ok ? serializeTaggedJson(ours.value) : undefined }).toEqual({
        t,
        ok: theirs?.ok,
        text: theirs?.ok ? theirs.text : undefined,
      });
    }
  });

  it('decodes what Flask decodes, without the secret', async () => {
    const [demo] = await oracle([{ op: 'demo' }]);
    const decoded = expectOk(await decodeSessionCookie(text(demo, 'cookie')));
    expect(decoded.untrusted).toBe(true);
    expect(decoded.payloadJson).toBe(text(demo, 'tagged_json'));
  });
});
