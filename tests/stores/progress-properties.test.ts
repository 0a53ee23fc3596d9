import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stepPath } from '../../src/config/paths.ts';
import { allQuizIds, allStepRefs } from '../../src/content/outline.ts';
import { answeredQuizzes, courseStepUrl, parseProgress, serializeProgress, stepKey, type Progress } from '../../src/stores/progress.ts';

const stepKeys = allStepRefs().map(({ lesson, step }) => stepKey(lesson.slug, step.id));
const quizIds = allQuizIds();
/** Every step's own URL, as the lesson page records it, optionally with a query it carries. */
const stepUrl = fc
  .tuple(fc.constantFrom(...allStepRefs()), fc.constantFrom('', '?fav-color=blue', '?fav-color=rebecca%20purple&x=1'), fc.constantFrom('blue', 'papayawhip', 'crème brûlée'))
  .map(([{ lesson, step }, search, color]) => stepPath(lesson, step, { search, pathValue: color }));

const progress: fc.Arbitrary<Progress> = fc
  .record({
    visited: fc.uniqueArray(fc.constantFrom(...stepKeys), { maxLength: stepKeys.length }),
    last: fc.option(stepUrl, { nil: null }),
    answered: fc.uniqueArray(fc.constantFrom(...quizIds), { maxLength: quizIds.length }),
  })
  .map(({ visited, last, answered }) => (answered.length > 0 ? { visited: new Set(visited), last, answered: new Set(answered) } : { visited: new Set(visited), last }));

/** Anything a script, an old version or another site's code might have left under the key. */
const storedJunk = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc
    .record(
      {
        visited: fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constantFrom(...stepKeys), fc.string(), fc.integer()))),
        last: fc.oneof(fc.anything(), stepUrl, fc.string(), fc.webUrl(), stepUrl.map((url) => `/${url}`), stepUrl.map((url) => `\t${url}`)),
        answered: fc.oneof(fc.anything(), fc.array(fc.oneof(fc.constantFrom(...quizIds), fc.string()))),
        __proto__: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value) ?? 'null'),
);

test('progress written by the course reads back exactly', () => {
  fc.assert(
    fc.property(progress, (saved) => {
      expect(parseProgress(serializeProgress(saved))).toEqual(saved);
    }),
  );
});

test('whatever is stored, reading it never throws and yields only steps, checks and a URL of this course', () => {
  const steps = new Set(stepKeys);
  const quizzes = new Set(quizIds);
  fc.assert(
    fc.property(storedJunk, (raw) => {
      const read = parseProgress(raw);
      for (const key of read.visited) expect(steps).toContain(key);
      for (const id of answeredQuizzes(read)) expect(quizzes).toContain(id);
      if (read.last !== null) {
        expect(courseStepUrl(read.last)).toBe(read.last);
        expect(read.last).toMatch(/^\/lessons\/[a-z0-9-]+(\/|\?|$)/);
      }
    }),
  );
});

test('reading, saving and reading again changes nothing (what was kept survives the next write)', () => {
  fc.assert(
    fc.property(fc.oneof(storedJunk, progress.map(serializeProgress)), (raw) => {
      const once = parseProgress(raw);
      expect(parseProgress(serializeProgress(once))).toEqual(once);
    }),
  );
});

test('a saved "last" URL is taken back only when it is one of the course\'s own step URLs', () => {
  fc.assert(
    fc.property(fc.oneof(fc.webUrl(), fc.string({ unit: 'binary', maxLength: 60 }), stepUrl.map((url) => `//evil.example${url}`)), (url) => {
      const kept = courseStepUrl(url);
      if (kept !== null) {
        expect(kept).toBe(url);
        expect(url.startsWith('/lessons/')).toBe(true);
        expect(url).not.toMatch(/^\/\/|[\u0000-\u001f\\]/);
      }
    }),
  );
  fc.assert(
    fc.property(stepUrl, (url) => {
      expect(courseStepUrl(url)).toBe(url);
    }),
  );
});
