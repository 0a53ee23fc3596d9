import { expect, test } from 'vitest';
import { cookiesLesson } from '../../../src/lessons/cookies/lesson.ts';
import routesSource from '../../../src/server/flask-cookie-routes.ts?raw';

test("the JavaScript handler shown in the cookies lesson is the server's real code", () => {
  const step = cookiesLesson.steps.find((candidate) => candidate.id === 'flask-cookies');
  const block = step?.blocks.find((candidate) => candidate.kind === 'code' && candidate.language === 'js');
  const code = block?.kind === 'code' ? block.code : '';
  const functions = code.split('\n\n');
  expect(functions).toHaveLength(2);
  for (const source of functions) expect(routesSource).toContain(source);
});
