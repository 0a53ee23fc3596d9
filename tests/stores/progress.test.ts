import { expect, test } from 'vitest';
import { createWebStorageStore } from '../../src/stores/web-storage-store.ts';
import { answeredQuizzes, parseProgress, recordAnswer, recordVisit, resetProgress } from '../../src/stores/progress.ts';

test('unreadable progress counts as none instead of crashing', () => {
  expect(parseProgress('{not json').visited.size).toBe(0);
  expect(parseProgress('{"visited":[1,"a/b"],"last":"javascript:alert(1)"}')).toEqual({ visited: new Set(['a/b']), last: null });
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
  recordVisit(store, 'a/b', '/x');
  resetProgress(store);
  expect(localStorage.getItem('someone-else')).toBe('keep');
});

test('answered checks are stored alongside visits, and old JSON without them still parses', () => {
  localStorage.clear();
  const store = createWebStorageStore('localStorage', () => window.localStorage);
  expect(parseProgress('{"visited":["a/b"],"last":"/x"}')).toEqual({ visited: new Set(['a/b']), last: '/x' });
  recordVisit(store, 'a/b', '/x');
  recordAnswer(store, 'which-to-use/auth-token');
  recordAnswer(store, 'which-to-use/auth-token');
  const afterAnswer = parseProgress(localStorage.getItem('stl:progress'));
  expect(afterAnswer.visited).toEqual(new Set(['a/b']));
  expect(answeredQuizzes(afterAnswer)).toEqual(new Set(['which-to-use/auth-token']));
  // A later visit keeps the answers.
  recordVisit(store, 'c/d', '/y');
  expect(answeredQuizzes(parseProgress(localStorage.getItem('stl:progress')))).toEqual(new Set(['which-to-use/auth-token']));
});

test('junk in the answered list is ignored, not trusted', () => {
  const progress = parseProgress('{"visited":[],"last":null,"answered":[1,null,"q/1",{"x":1}]}');
  expect(answeredQuizzes(progress)).toEqual(new Set(['q/1']));
  expect(answeredQuizzes(parseProgress('{"visited":[],"answered":"q/1"}')).size).toBe(0);
});

test('a stored "last" URL that leaves the site is ignored', () => {
  expect(parseProgress('{"visited":[],"last":"//evil.example/x"}').last).toBeNull();
  expect(parseProgress('{"visited":[],"last":"/\\\\evil.example"}').last).toBeNull();
  expect(parseProgress('{"visited":[],"last":"/lessons/cookies"}').last).toBe('/lessons/cookies');
});
