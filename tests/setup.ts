import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadLesson } from '../src/content/lesson-loader.ts';
import { LESSON_SLUGS } from '../src/content/types.ts';

// In the browser a lesson's prose arrives as its own chunk; tests load it up front, as a reader
// who has waited for the page would have it.
beforeAll(async () => {
  await Promise.all(LESSON_SLUGS.map(loadLesson));
});

afterEach(() => {
  cleanup();
});
