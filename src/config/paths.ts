import type { LessonSlug } from '../lessons/course-order.ts';

/**
 * A lesson's own path segment: steps marked `inPathParam` are served at
 * `/lessons/<slug>/<segment>/<value>/<step id>`, the value readable as the route param `name`.
 */
export interface PathParam {
  readonly segment: string;
  readonly name: string;
  /** The value a link uses when it has none to carry. */
  readonly fallback: string;
}

/** The one name/value pair the compare page writes "everywhere" (checked in src/stores/experiments/compare-keys.ts). */
export interface CompareEntry {
  readonly name: string;
  readonly value: string;
}

/** `/compare/<name>/<value>`, relative to the router's basename, with the pair in the query too. */
export function compareEntryPath(entry: CompareEntry): string {
  const search = new URLSearchParams([[entry.name, entry.value]]).toString();
  return `/compare/${encodeURIComponent(entry.name)}/${encodeURIComponent(entry.value)}?${search}`;
}

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

/** What a step link needs: a full lesson or its outline both fit. */
export interface LinkableLesson {
  readonly slug: LessonSlug;
  readonly steps: readonly { readonly id: string }[];
  /** The lesson's own path segment, which it declares (see PathParam). */
  readonly pathParam?: PathParam;
}

/** The URL of a step: the first step lives at the lesson's own URL. */
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
