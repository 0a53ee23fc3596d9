import { beforeAll, expect, test } from 'vitest';
import { runProcess } from './node-io.ts';

/**
 * The downloadable demo app does what the lesson "Sessions in Flask, hands on" (and the query-params and
 * cookies lessons' "run it for real" steps) say the learner will see: hands_on_walk.py drives it with Flask's
 * test client. `npm run test:flask`: needs python3 with Flask, fails without it.
 */
const PYTHON = process.env.FLASK_PYTHON ?? 'python3';
const WALK = decodeURIComponent(new URL('./hands_on_walk.py', import.meta.url).pathname);

let seen: Record<string, unknown> = {};
const text = (key: string): string => {
  const value = seen[key];
  if (typeof value !== 'string') throw new Error(`${key} is not text: ${JSON.stringify(value)}`);
  return value;
};

beforeAll(async () => {
  const run = await runProcess(PYTHON, [WALK], { env: { PYTHONDONTWRITEBYTECODE: '1' } });
  if (run.status !== 0) throw new Error(`hands_on_walk.py failed (${run.status ?? run.error?.message}):\n${run.stderr}`);
  seen = JSON.parse(run.stdout) as Record<string, unknown>;
});

test('set, read in a Jinja template, pop and clear behave as the lesson says', () => {
  expect(text('some_route_set_cookie')).toMatch(/^session=eyJ[^;]+; HttpOnly; Path=\/$/);
  expect(text('my_route')).toContain('Favorite number is 42');
  expect(text('forget')).toContain('it was 42');
  expect(text('my_route_after_pop')).toContain('There is no fav_number in your session');
  expect(text('logout_set_cookie')).toMatch(/^session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=\/$/);
});

test('the mutation trap loses an in-place append, and session.modified = True keeps it', () => {
  expect(text('cart_after_taco')).toContain("['taco']");
  expect(text('trap_body')).toContain("['taco', 'pizza']");
  expect(seen.trap_set_cookie).toBeNull();
  expect(text('cart_after_trap')).toContain("cart = ['taco']");
  expect(text('cart_after_fix')).toContain("['taco', 'pizza']");
});

test('without a SECRET_KEY the first write answers 500', () => {
  expect(seen.no_secret_status).toBe(500);
});

test('the query-params pages carry the colour by GET and by POST, and Werkzeug quotes a value with ;', () => {
  expect(text('step_one')).toContain('method="POST"');
  expect(text('step_two_post')).toContain('your favorite color is blue (sent with POST)');
  expect(text('handle_form_cookie')).toMatch(/^fav_color="blue\\073 Domain=evil\.com"/);
});
