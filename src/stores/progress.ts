import { appKeys } from './app-keys.ts';
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

/** Parses the stored JSON leniently: anything unreadable counts as no progress, never a crash. */
export function parseProgress(raw: string | null): Progress {
  if (raw === cachedRaw) return cachedProgress;
  let progress = EMPTY_PROGRESS;
  if (raw !== null) {
    try {
      const data: unknown = JSON.parse(raw);
      if (data && typeof data === 'object') {
        const visited = 'visited' in data && Array.isArray(data.visited) ? data.visited.filter((v): v is string => typeof v === 'string') : [];
        const last = 'last' in data && typeof data.last === 'string' && isCourseUrl(data.last) ? data.last : null;
        const answered = 'answered' in data && Array.isArray(data.answered) ? data.answered.filter((v): v is string => typeof v === 'string') : [];
        progress = { visited: new Set(visited.slice(0, MAX_VISITED)), last };
        if (answered.length > 0) progress = { ...progress, answered: new Set(answered.slice(0, MAX_ANSWERED)) };
      }
    } catch {
      progress = EMPTY_PROGRESS;
    }
  }
  cachedRaw = raw;
  cachedProgress = progress;
  return progress;
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

/** Only a path inside this site may come back as a link: not `//evil.example` nor `/\evil.example`. */
function isCourseUrl(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}
