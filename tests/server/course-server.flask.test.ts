// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { runProcess } from '../stores/flask-session/node-io.ts';
import { TEST_SECRET, pairOf, send, testApp } from './course-server.ts';

/**
 * The course's server against real Flask (`npm run test:flask`): Flask reads the `session`
 * cookie our /some-route set, with the same SECRET_KEY; our /my-route reads a cookie Flask
 * signed; and a tampered cookie is an empty session in both. Needs python3 with Flask
 * (FLASK_PYTHON names another interpreter); without it this fails, it does not skip.
 */
const PYTHON = process.env.FLASK_PYTHON ?? 'python3';

const FLASK_SCRIPT = String.raw`
import json, os, sys
from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import BadSignature
app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
serializer = SecureCookieSessionInterface().get_signing_serializer(app)
request = json.load(sys.stdin)
out = {}
if "read" in request:
    # What Flask's open_session does: BadSignature (tampered, expired, junk) -> an empty session.
    try:
        out["session"] = dict(serializer.loads(request["read"], max_age=31 * 24 * 3600))
    except BadSignature as error:
        out["session"] = {}
        out["error"] = "BadSignature"
        out["class"] = type(error).__name__
if "sign" in request:
    out["cookie"] = serializer.dumps(request["sign"])
print(json.dumps(out))
`;

async function flask(request: Record<string, unknown>): Promise<Record<string, unknown>> {
  const run = await runProcess(PYTHON, ['-c', FLASK_SCRIPT], { input: JSON.stringify(request), env: { SECRET_KEY: TEST_SECRET, PYTHONDONTWRITEBYTECODE: '1' } });
  if (run.status !== 0) throw new Error(`python3 with Flask failed (${run.status ?? run.error?.message}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe("real Flask and the course's server share one session cookie", () => {
  test('Flask decodes the session cookie /some-route set, with SECRET_KEY', async () => {
    const set = await send(testApp(), '/api/some-route');
    const cookie = pairOf(set.setCookies[0] ?? '').slice('session='.length);
    expect(await flask({ read: cookie })).toEqual({ session: { fav_number: 42 } });
  });

  test('/my-route reads a session cookie Flask signed', async () => {
    const { cookie } = await flask({ sign: { fav_number: 7 } });
    const reply = await send(testApp(), '/api/my-route', { cookie: `session=${String(cookie)}` });
    expect(reply.body).toBe('Favorite number is 7');
  });

  test('a tampered cookie is an empty session for Flask and for the course\'s server alike', async () => {
    const { cookie } = await flask({ sign: { fav_number: 7 } });
    const text = String(cookie);
    const tampered = `${text.slice(0, 2)}${text[2] === 'x' ? 'y' : 'x'}${text.slice(3)}`;
    expect(await flask({ read: tampered })).toMatchObject({ session: {}, error: 'BadSignature' });
    const reply = await send(testApp(), '/api/my-route', { cookie: `session=${tampered}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatch(/^Favorite number is <unset>/);
  });
});
