import { LESSON_SLUGS, type LessonSlug } from '../content/types.ts';

/** The lesson a URL path shows (under the deploy base), if any: its prose can load alongside the app. */
export function lessonInUrl(pathname: string, basename: string): LessonSlug | null {
  const path = basename && pathname.startsWith(basename) ? pathname.slice(basename.length) : pathname;
  const slug = /^\/lessons\/([^/]+)/.exec(path)?.[1];
  return LESSON_SLUGS.find((known) => known === slug) ?? null;
}
