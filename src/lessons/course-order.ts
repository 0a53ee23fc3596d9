/**
 * The course, in reading order (CONTRACT.md): one line per lesson, each the name of its folder
 * `src/lessons/<slug>/`. Adding a lesson is that folder plus one line here
 * (tests/content/lesson-folders.test.ts checks the two agree).
 */
export const COURSE_ORDER = [
  'stateless-http',
  'query-params',
  'url-path',
  'local-storage',
  'session-storage',
  'cookies',
  'cookie-options',
  'storage-comparison',
  'sessions',
  'session-cookies',
  'server-side-sessions',
  'flask-sessions-hands-on',
  'which-to-use',
] as const;

export type LessonSlug = (typeof COURSE_ORDER)[number];
