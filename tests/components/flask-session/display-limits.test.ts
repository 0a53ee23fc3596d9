import fc from 'fast-check';
import { expect, test } from 'vitest';
import { capText, PRETTY_INDENT_MAX_DEPTH, SHOWN_CHARS_STEP, tooLongMessage } from '../../../src/components/flask-session/display-limits.ts';
import { prettyJson, prettyJsonCapped } from '../../../src/components/flask-session/pretty-json.ts';
import { inputsFromSearch } from '../../../src/hooks/use-flask-tool-inputs.ts';
import { INPUT_MAX_CHARS } from '../../../src/stores/flask-session/input-limits.ts';

const deep = (depth: number, count: number): string => `{"a":${'['.repeat(depth)}${Array(count).fill('0').join(',')}${']'.repeat(depth)}}`;

test('a deep session pretty-prints to at most the cap, in time bounded by the cap, not by depth × lines', () => {
  const json = deep(478, 32_019);
  // Full indentation would be ~31 million characters; capped indentation keeps the whole text near a megabyte.
  const started = performance.now();
  const first = prettyJsonCapped(json, { maxChars: SHOWN_CHARS_STEP });
  expect(performance.now() - started).toBeLessThan(200);
  expect(first.text.length).toBeLessThanOrEqual(SHOWN_CHARS_STEP);
  expect(first.remainingInputChars).toBeGreaterThan(0);
  expect(first.indentCapped).toBe(true);
  const whole = prettyJsonCapped(json);
  expect(whole.remainingInputChars).toBe(0);
  expect(whole.text.length).toBeLessThan(1_500_000);
  expect(Math.max(...whole.text.split('\n').map((line) => line.length - line.trimStart().length))).toBe(2 * PRETTY_INDENT_MAX_DEPTH);
  // Still only whitespace added.
  expect(whole.text.replace(/\s+/g, '')).toBe(json);
});

test('the capped text is always the start of the whole pretty text', () => {
  fc.assert(
    fc.property(fc.json({ depthSize: 'large' }), fc.integer({ min: 0, max: 400 }), (json, maxChars) => {
      const whole = prettyJson(json);
      const capped = prettyJsonCapped(json, { maxChars });
      expect(capped.text.length).toBeLessThanOrEqual(maxChars);
      expect(whole.startsWith(capped.text)).toBe(true);
      if (capped.remainingInputChars === 0) expect(capped.text).toBe(whole.slice(0, maxChars));
    }),
  );
});

test('text is cut at the cap, never inside a surrogate pair, saying how much is hidden', () => {
  expect(capText('abc', 5)).toEqual({ text: 'abc', hiddenChars: 0 });
  expect(capText('abcdef', 4)).toEqual({ text: 'abcd', hiddenChars: 2 });
  expect(capText('a🔑b', 2)).toEqual({ text: 'a', hiddenChars: 3 });
});

test('text over a box limit gets a message naming the box, the length and the limit', () => {
  expect(tooLongMessage('Session cookie', INPUT_MAX_CHARS, INPUT_MAX_CHARS, 'hint')).toBeNull();
  expect(tooLongMessage('Session cookie', 1_900_000, INPUT_MAX_CHARS, 'A browser keeps 4096 bytes.')).toBe(
    'That is 1,900,000 characters: the Session cookie box takes at most 65,536 (64 KiB). A browser keeps 4096 bytes.',
  );
});

test('a shared link with a cookie or secret over 64 KiB fills nothing, and says what it left out', () => {
  const long = 'x'.repeat(INPUT_MAX_CHARS + 1);
  const defaults = { cookieName: 'session', salt: 'cookie-session', maxAge: '2678400', digest: 'sha1', keyDerivation: 'hmac' };
  expect(inputsFromSearch(`?${new URLSearchParams({ cookie: long, secret: 'dev' })}`)).toEqual({
    cookie: '',
    secret: 'dev',
    ...defaults,
    secretInUrl: true,
    refusedFromUrl: { cookie: INPUT_MAX_CHARS + 1 },
  });
  expect(inputsFromSearch(`?${new URLSearchParams({ cookie: 'a.b.c' })}`)).toEqual({ cookie: 'a.b.c', secret: '', ...defaults, secretInUrl: false });
  expect(inputsFromSearch(`?${new URLSearchParams({ cookie: 'a.b.c', salt: 'x', name: 'sess', salt2: 'y' })}`)).toMatchObject({ salt: 'x', cookieName: 'sess' });
});
