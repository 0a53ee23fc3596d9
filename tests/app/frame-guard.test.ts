import { expect, test } from 'vitest';
import { framedByAnotherOrigin } from '../../src/app/frame-guard.ts';
import { sameOriginScriptUrl } from '../../src/app/trusted-types-policy.ts';

const fakeWindow = (top: () => unknown, origin = 'https://course.example'): Window => {
  const win = { location: { origin } } as unknown as Window & { self: unknown; top: unknown };
  Object.defineProperty(win, 'self', { value: win });
  Object.defineProperty(win, 'top', { get: () => { const t = top(); return t === 'self' ? win : t; } });
  return win;
};

test('a page not in a frame, or framed by its own origin, runs', () => {
  expect(framedByAnotherOrigin(fakeWindow(() => 'self'))).toBe(false);
  expect(framedByAnotherOrigin(fakeWindow(() => ({ location: { origin: 'https://course.example' } })))).toBe(false);
  expect(framedByAnotherOrigin(window)).toBe(false);
});

test('a page framed by another origin (whose location cannot be read, or differs) does not', () => {
  const crossOrigin = {
    get location(): never {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  };
  expect(framedByAnotherOrigin(fakeWindow(() => crossOrigin))).toBe(true);
  expect(framedByAnotherOrigin(fakeWindow(() => ({ location: { origin: 'https://evil.example' } })))).toBe(true);
});

test('Trusted Types lets through only script URLs of this origin', () => {
  const origin = 'https://course.example';
  const base = 'https://course.example/repo/tools/flask-session';
  expect(sameOriginScriptUrl('/repo/assets/secret-guess.worker-abc.js', origin, base)).toBe('/repo/assets/secret-guess.worker-abc.js');
  expect(sameOriginScriptUrl('https://course.example/repo/sw.js', origin, base)).toBe('https://course.example/repo/sw.js');
  expect(sameOriginScriptUrl('https://evil.example/x.js', origin, base)).toBeNull();
  expect(sameOriginScriptUrl('//evil.example/x.js', origin, base)).toBeNull();
  expect(sameOriginScriptUrl('data:text/javascript,alert(1)', origin, base)).toBeNull();
  expect(sameOriginScriptUrl('http://[bad', origin, base)).toBeNull();
});
