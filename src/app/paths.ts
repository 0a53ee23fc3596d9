import { lessonOutlines } from '../content/outline.ts';
import type { LessonSlug } from '../content/types.ts';
import { compareEntryPath, type CompareEntry } from '../stores/experiments/compare-keys.ts';

/** The colour the URL-path demo uses when a link has none to carry. */
export const DEFAULT_COLOR = 'blue';
export const COLOR_MAX_LENGTH = 40;

/** Typed builders for every route of CONTRACT.md, relative to the router's basename. */
export const paths = {
  home: () => '/',
  lesson: (slug: LessonSlug) => `/lessons/${slug}`,
  /** `/compare`, or with a pair written everywhere: `/compare/<name>/<value>?<name>=<value>` (not prerendered: served by 404.html). */
  compare: (entry?: CompareEntry) => (entry === undefined ? '/compare' : compareEntryPath(entry)),
  flaskTool: (prefill?: { cookie?: string; secret?: string }) => {
    const search = new URLSearchParams();
    if (prefill?.cookie) search.set('cookie', prefill.cookie);
    if (prefill?.secret) search.set('secret', prefill.secret);
    const query = search.toString();
    return query ? `/tools/flask-session?${query}` : '/tools/flask-session';
  },
} as const;

export interface StepLinkOptions {
  /** For steps with the colour in their path. */
  readonly color?: string;
  /** A query string to carry along, e.g. "?fav-color=blue". */
  readonly search?: string;
}

/** The URL of a step: the first step lives at the lesson's own URL. */
/** What a step link needs: a full lesson or its outline both fit. */
export interface LinkableLesson {
  readonly slug: LessonSlug;
  readonly steps: readonly { readonly id: string }[];
}

export function stepPath(lesson: LinkableLesson, step: { readonly id: string; readonly colorInPath?: boolean }, options: StepLinkOptions = {}): string {
  const search = options.search ?? '';
  if (step.id === lesson.steps[0]?.id) return `${paths.lesson(lesson.slug)}${search}`;
  if (step.colorInPath) {
    const color = encodeURIComponent(options.color ?? DEFAULT_COLOR);
    return `${paths.lesson(lesson.slug)}/fav-color/${color}/${step.id}${search}`;
  }
  return `${paths.lesson(lesson.slug)}/${step.id}${search}`;
}

/** Every URL the build writes as its own HTML file. */
export function prerenderedRoutes(): string[] {
  const routes = new Set<string>([paths.home(), paths.compare(), paths.flaskTool()]);
  for (const lesson of lessonOutlines) {
    for (const step of lesson.steps) routes.add(stepPath(lesson, step));
  }
  return [...routes];
}
