import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadLesson } from '../src/content/lesson-loader.ts';
import { COURSE_ORDER } from '../src/lessons/course-order.ts';

// In the browser a lesson's prose arrives as its own chunk; tests load it up front, as a reader
// who has waited for the page would have it. A lesson that cannot load fails where it is used
// (tests/content/lesson-folders.test.ts says which folder is missing), not here for every file.
beforeAll(async () => {
  await Promise.allSettled(COURSE_ORDER.map(loadLesson));
});

afterEach(() => {
  cleanup();
});
