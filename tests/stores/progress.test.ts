import fc from 'fast-check';
import { expect, test } from 'vitest';
import { allQuizIds, allStepRefs } from '../../src/content/outline.ts';
import { createWebStorageStore } from '../../src/stores/web-storage-store.ts';
import { answeredQuizzes, courseStepUrl, parseProgress, recordAnswer, recordVisit, resetProgress } from '../../src/stores/progress.ts';

const quizId = allQuizIds()[0] ?? 'none';

test('unreadable progress counts as none instead of crashing', () => {
  expect(parseProgress('{not json').visited.size).toBe(0);
  expect(parseProgress('{"visited":[1,"cookies/what-is-a-cookie"],"last":"javascript:alert(1)"}').last).toBeNull();
  expect(parseProgress(null).last).toBeNull();
});

test('a visit is recorded once and the last URL follows the learner', () => {
  localStorage.clear();
  const store = createWebStorageStore('localStorage', () => window.localStorage);
  recordVisit(store, 'query-params/step-one', '/lessons/query-params/step-one?fav-color=blue');
  const raw = localStorage.getItem('stl:progress');
  expect(parseProgress(raw)).toEqual({
    visited: new Set(['query-params/step-one']),
    last: '/lessons/query-params/step-one?fav-color=blue',
  });
  recordVisit(store, 'query-params/step-one', '/lessons/query-params/step-one?fav-color=blue');
  expect(localStorage.getItem('stl:progress')).toBe(raw);
  resetProgress(store);
  expect(localStorage.getItem('stl:progress')).toBeNull();
});

test('resetting progress touches only our own key', () => {
  localStorage.clear();
  localStorage.setItem('someone-else', 'keep');
  const store = createWebStorageStore('localStorage', () => window.localStorage);
  recordVisit(store, 'cookies/intro', '/lessons/cookies');
  resetProgress(store);
  expect(localStorage.getItem('someone-else')).toBe('keep');
});

test('answered checks are stored alongside visits, and old JSON without them still parses', () => {
  localStorage.clear();
  const store = createWebStorageStore('localStorage', () => window.localStorage);
  expect(parseProgress('{"visited":["query-params/step-one"],"last":"/lessons/query-params/step-one"}')).toEqual({
    visited: new Set(['query-params/step-one']),
    last: '/lessons/query-params/step-one',
  });
  recordVisit(store, 'query-params/step-one', '/lessons/query-params/step-one');
  recordAnswer(store, quizId);
  recordAnswer(store, quizId);
  const afterAnswer = parseProgress(localStorage.getItem('stl:progress'));
  expect(afterAnswer.visited).toEqual(new Set(['query-params/step-one']));
  expect(answeredQuizzes(afterAnswer)).toEqual(new Set([quizId]));
  // A later visit keeps the answers.
  recordVisit(store, 'query-params/step-two', '/lessons/query-params/step-two');
  expect(answeredQuizzes(parseProgress(localStorage.getItem('stl:progress')))).toEqual(new Set([quizId]));
});

test('junk in the answered list is ignored, not trusted', () => {
  const progress = parseProgress(`{"visited":[],"last":null,"answered":[1,null,${JSON.stringify(quizId)},"no-such/quiz",{"x":1}]}`);
  expect(answeredQuizzes(progress)).toEqual(new Set([quizId]));
  expect(answeredQuizzes(parseProgress(`{"visited":[],"answered":${JSON.stringify(quizId)}}`)).size).toBe(0);
});

test('a stored "last" URL that leaves the site is ignored', () => {
  expect(parseProgress('{"visited":[],"last":"//evil.example/x"}').last).toBeNull();
  expect(parseProgress('{"visited":[],"last":"/\\\\evil.example"}').last).toBeNull();
  expect(parseProgress('{"visited":[],"last":"/lessons/cookies"}').last).toBe('/lessons/cookies');
});

test('a saved "last" URL with a tab or newline, which a browser strips into //evil.example, is ignored', () => {
  for (const last of ['/\t/evil.example/x', '/\n/evil.example/x', '/\r/evil.example', '/lessons/cookies\n', ' /lessons/cookies', '/lessons/cookies#x']) {
    expect(parseProgress(JSON.stringify({ visited: [], last })).last).toBeNull();
  }
});

test('only the course\'s own step URLs come back as "last": the lesson, its steps, the colour in the path, a query', () => {
  const ok = [
    '/lessons/cookies',
    '/lessons/query-params/step-one?fav-color=blue',
    '/lessons/url-path/fav-color/blue/step-one',
    '/lessons/url-path/fav-color/a%2Fb/step-two',
    '/lessons/query-params/step-two?fav-color=crème brûlée'.replace(' ', '+'),
  ];
  for (const url of ok) expect(courseStepUrl(url)).toBe(url);
  const bad = [
    '/x',
    '/lessons/no-such-lesson',
    '/lessons/cookies/no-such-step',
    '/lessons/query-params/introduction', // the first step lives at the lesson's own URL
    '/lessons/url-path/step-one', // a colour step without its colour
    '/lessons/query-params/fav-color/blue/step-one', // a colour where the lesson has none
    '/lessons/url-path/fav-color/%E0%A4%A/step-one', // broken percent-encoding
    '/lessons/url-path/fav-color/%0A/step-one', // a control character once decoded
    '/lessons/url-path/fav-color//step-one',
    'lessons/cookies',
    'https://evil.example/lessons/cookies',
    '/lessons/query-params/step-one?fav-color=blue\t',
    '/lessons/query-params/step-one?a=\\\\evil',
    '/lessons/query-params/step-one?x#/\t/evil.example',
  ];
  for (const url of bad) expect(courseStepUrl(url)).toBeNull();
});

test('visits of steps the course does not have are dropped', () => {
  const progress = parseProgress('{"visited":["cookies/nope","__proto__","url-path/step-one"],"last":null}');
  expect(progress.visited).toEqual(new Set(['url-path/step-one']));
});

const knownUrls = allStepRefs().map(({ lesson, step }) => (step === lesson.steps[0] ? `/lessons/${lesson.slug}` : step.inPathParam ? `/lessons/${lesson.slug}/fav-color/blue/${step.id}` : `/lessons/${lesson.slug}/${step.id}`));

test('any saved string parses to a known lesson path or to nothing, and never throws', () => {
  const saved = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.json(),
    fc.record({ visited: fc.array(fc.oneof(fc.string(), fc.constantFrom(...allStepRefs().map((r) => `${r.lesson.slug}/${r.step.id}`)))), last: fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl(), fc.constantFrom(...knownUrls), fc.constantFrom(...knownUrls).chain((url) => fc.string({ unit: 'binary' }).map((junk) => url + junk))), answered: fc.anything() }).map((value) => JSON.stringify(value)),
  );
  fc.assert(
    fc.property(saved, (raw) => {
      const progress = parseProgress(raw);
      if (progress.last !== null) {
        expect(courseStepUrl(progress.last)).toBe(progress.last);
        expect(progress.last).toMatch(/^\/lessons\/[a-z0-9-]+(\/[^/?]+)*(\?.*)?$/);
        expect(progress.last).not.toMatch(/[\u0000-\u0020\u007f\\#]/);
        expect(new URL(progress.last, 'https://course.example/').origin).toBe('https://course.example');
      }
    }),
    { numRuns: 500 },
  );
  for (const url of knownUrls) expect(parseProgress(JSON.stringify({ visited: [], last: url })).last).toBe(url);
});
