import { allQuizIds, allStepRefs, findLessonOutline, findStepOutline } from '../content/outline.ts';
import { appKeys } from '../config/app-keys.ts';
import { valueIn, type WebStorageStore } from './web-storage-store.ts';

/** What the course remembers about a learner, stored as JSON under `stl:progress`. */
export interface Progress {
  /** "lesson-slug/step-id" for every step the learner has opened. */
  readonly visited: ReadonlySet<string>;
  /** The URL of the last step opened, for "continue where you left off". */
  readonly last: string | null;
  /** Ids of the checks of understanding answered correctly; absent when none (older stored JSON has none). */
  readonly answered?: ReadonlySet<string>;
}

export const EMPTY_PROGRESS: Progress = { visited: new Set(), last: null };

export const stepKey = (lessonSlug: string, stepId: string): string => `${lessonSlug}/${stepId}`;

const MAX_VISITED = 500;
const MAX_ANSWERED = 500;

export const answeredQuizzes = (progress: Progress): ReadonlySet<string> => progress.answered ?? EMPTY_SET;
const EMPTY_SET: ReadonlySet<string> = new Set();

let cachedRaw: string | null = null;
let cachedProgress: Progress = EMPTY_PROGRESS;

/**
 * Parses the stored JSON strictly: `last` is a path of one of the course's own steps or nothing,
 * visits and answers only ids the course has. Anything else — not JSON, a wrong shape, a URL to
 * another site, a tab or newline that a browser would strip (`/\t/evil.example` becomes
 * `//evil.example`) — counts as no progress. It never throws: no saved value may blank a page.
 */
export function parseProgress(raw: string | null): Progress {
  if (raw === cachedRaw) return cachedProgress;
  let progress = EMPTY_PROGRESS;
  try {
    progress = raw === null ? EMPTY_PROGRESS : progressFrom(JSON.parse(raw));
  } catch {
    progress = EMPTY_PROGRESS;
  }
  cachedRaw = raw;
  cachedProgress = progress;
  return progress;
}

function progressFrom(data: unknown): Progress {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return EMPTY_PROGRESS;
  const field = (name: string): unknown => (Object.hasOwn(data, name) ? (data as Record<string, unknown>)[name] : undefined);
  const steps = knownStepKeys();
  const quizzes = knownQuizIds();
  const visited = stringsIn(field('visited')).filter((key) => steps.has(key));
  const answered = stringsIn(field('answered')).filter((id) => quizzes.has(id));
  const lastField = field('last');
  const last = typeof lastField === 'string' ? courseStepUrl(lastField) : null;
  const progress: Progress = { visited: new Set(visited.slice(0, MAX_VISITED)), last };
  return answered.length > 0 ? { ...progress, answered: new Set(answered.slice(0, MAX_ANSWERED)) } : progress;
}

function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

let stepKeys: ReadonlySet<string> | null = null;
let quizIds: ReadonlySet<string> | null = null;
const knownStepKeys = (): ReadonlySet<string> => (stepKeys ??= new Set(allStepRefs().map(({ lesson, step }) => stepKey(lesson.slug, step.id))));
const knownQuizIds = (): ReadonlySet<string> => (quizIds ??= new Set(allQuizIds()));

/** Longest saved URL taken back; a step URL with a 40-character colour and its query is far shorter. */
const MAX_URL_LENGTH = 512;
/** Path characters as the course writes them: RFC 3986 unreserved, sub-delims, %XX, ':' and '@'. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
/** A query may hold more (a browser encodes the rest), but no whitespace, control character, backslash or '#'. */
const QUERY = /^(?:\?[^\s\u0000-\u001f\u007f\\#]*)?$/u;

/**
 * The URL back to a step of this course, as the lesson page records it (`pathname + search`,
 * relative to the deploy base), or null for anything that is not one: `/lessons/<slug>`,
 * `/lessons/<slug>/<step>`, or `/lessons/<slug>/<segment>/<value>/<step>` for steps in the
 * lesson's path param (`/lessons/url-path/fav-color/blue/step-one`), each optionally with a query.
 */
export function courseStepUrl(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return null;
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  if (!PATH_CHARS.test(path) || !QUERY.test(query)) return null;
  const segments = path.split('/');
  if (segments[0] !== '' || segments[1] !== 'lessons') return null;
  const lesson = findLessonOutline(segments[2] ?? '');
  if (!lesson) return null;
  const rest = segments.slice(3);
  if (rest.length === 0) return url;
  if (rest.length === 1) {
    const step = findStepOutline(lesson, rest[0]);
    return step && step !== lesson.steps[0] && !step.inPathParam ? url : null;
  }
  if (rest.length === 3 && lesson.pathParam && rest[0] === lesson.pathParam.segment && isValueSegment(rest[1] ?? '')) {
    const step = findStepOutline(lesson, rest[2]);
    return step?.inPathParam ? url : null;
  }
  return null;
}

/** A value segment: non-empty, valid percent-encoding, and no control characters once decoded. */
function isValueSegment(segment: string): boolean {
  if (segment === '') return false;
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(segment));
  } catch {
    return false;
  }
}

export function serializeProgress(progress: Progress): string {
  const answered = [...answeredQuizzes(progress)];
  return JSON.stringify(answered.length > 0 ? { visited: [...progress.visited], last: progress.last, answered } : { visited: [...progress.visited], last: progress.last });
}

/** The progress stored right now (read at the moment of a write, not from a render). */
export function storedProgress(store: WebStorageStore): Progress {
  return parseProgress(valueIn(store.getSnapshot(), appKeys.progress));
}

/** Records a visit; writes only when something changed, so revisiting costs nothing. */
export function recordVisit(store: WebStorageStore, key: string, url: string): void {
  const current = storedProgress(store);
  if (current.visited.has(key) && current.last === url) return;
  const visited = new Set(current.visited);
  visited.add(key);
  store.setItem(appKeys.progress, serializeProgress({ ...current, visited, last: url }));
}

/** Records a check of understanding answered correctly; keeps everything else as it was. */
export function recordAnswer(store: WebStorageStore, quizId: string): void {
  const current = storedProgress(store);
  if (answeredQuizzes(current).has(quizId)) return;
  const answered = new Set(answeredQuizzes(current));
  answered.add(quizId);
  store.setItem(appKeys.progress, serializeProgress({ ...current, answered }));
}

export function resetProgress(store: WebStorageStore): void {
  store.removeItem(appKeys.progress);
}
