import { lessonOutlines } from '../content/outline.ts';
import type { LessonSlug, PathParam } from '../content/types.ts';
import { compareEntryPath, type CompareEntry } from '../stores/experiments/compare-keys.ts';

/** The longest colour the colour forms accept. */
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
  /** For steps with the lesson's path param in their path (`inPathParam`); else its `fallback`. */
  readonly pathValue?: string;
  /** A query string to carry along, e.g. "?fav-color=blue". */
  readonly search?: string;
}

/** The URL of a step: the first step lives at the lesson's own URL. */
/** What a step link needs: a full lesson or its outline both fit. */
export interface LinkableLesson {
  readonly slug: LessonSlug;
  readonly steps: readonly { readonly id: string }[];
  /** The lesson's own path segment, which it declares (see PathParam). */
  readonly pathParam?: PathParam;
}

export function stepPath(lesson: LinkableLesson, step: { readonly id: string; readonly inPathParam?: boolean }, options: StepLinkOptions = {}): string {
  const search = options.search ?? '';
  if (step.id === lesson.steps[0]?.id) return `${paths.lesson(lesson.slug)}${search}`;
  const param = lesson.pathParam;
  if (step.inPathParam) {
    if (!param) throw new Error(`lesson ${lesson.slug} has a step ${step.id} in its path param but declares no pathParam`);
    const value = encodeURIComponent(options.pathValue ?? param.fallback);
    return `${paths.lesson(lesson.slug)}/${param.segment}/${value}/${step.id}${search}`;
  }
  return `${paths.lesson(lesson.slug)}/${step.id}${search}`;
}

/** The distinct path params the lessons declare, for the router (one route per segment). */
export function lessonPathParams(): PathParam[] {
  const bySegment = new Map<string, PathParam>();
  for (const lesson of lessonOutlines) if (lesson.pathParam) bySegment.set(`${lesson.pathParam.segment}/${lesson.pathParam.name}`, lesson.pathParam);
  return [...bySegment.values()];
}

/** The URL patterns a lesson's path param opens (any value): not files, so static hosts answer them with the app shell. */
export function pathParamPatterns(): string[] {
  return lessonOutlines.flatMap((lesson) => (lesson.pathParam ? [`${paths.lesson(lesson.slug)}/${lesson.pathParam.segment}/*`] : []));
}

/** Every URL the build writes as its own HTML file. */
export function prerenderedRoutes(): string[] {
  const routes = new Set<string>([paths.home(), paths.compare(), paths.flaskTool()]);
  for (const lesson of lessonOutlines) {
    for (const step of lesson.steps) routes.add(stepPath(lesson, step));
  }
  return [...routes];
}
