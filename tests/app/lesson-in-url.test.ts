import { expect, test } from 'vitest';
import { lessonInUrl } from '../../src/app/lesson-in-url.ts';

test('finds the lesson of any step URL, under the deploy base too', () => {
  expect(lessonInUrl('/lessons/cookies', '/')).toBe('cookies');
  expect(lessonInUrl('/lessons/url-path/fav-color/olive/step-two', '/')).toBe('url-path');
  expect(lessonInUrl('/course/lessons/sessions/tampering/', '/course/')).toBe('sessions');
});

test('other pages have no lesson', () => {
  expect(lessonInUrl('/', '/')).toBeNull();
  expect(lessonInUrl('/compare/color/teal', '/')).toBeNull();
  expect(lessonInUrl('/lessons/', '/')).toBeNull();
  expect(lessonInUrl('/lessons/<script>', '/')).toBeNull();
});
