import type { LessonFrame, LessonSlug } from './types.ts';

// Each lesson's frame (summary, panels, highlights) is a chunk of its own: only that lesson's pages
// load it (boot.tsx before hydrating, with the page's chunk; a client navigation when it gets there).
const modules = import.meta.glob<{ readonly frame: LessonFrame }>('./lesson-frames/*.generated.ts');
const loading = new Map<string, Promise<LessonFrame>>();
const loaded = new Map<string, LessonFrame>();
const fileOf = (slug: string) => `./lesson-frames/${slug}.generated.ts`;

/** The lesson's frame; one promise per lesson, so React's `use` can suspend on it. */
export function loadLessonFrame(slug: LessonSlug): Promise<LessonFrame> {
  let promise = loading.get(slug);
  if (!promise) {
    const load = modules[fileOf(slug)];
    promise = load
      ? load().then(({ frame }) => {
          loaded.set(slug, frame);
          return frame;
        })
      : Promise.reject(new Error(`no file src/content/lesson-frames/${slug}.generated.ts (run npm run outline)`));
    loading.set(slug, promise);
  }
  return promise;
}

/** Loads the frame of a lesson named in a URL, if there is one by that name (a failure surfaces when its page renders). */
export function preloadLessonFrame(slug: string): Promise<void> {
  return modules[fileOf(slug)] ? loadLessonFrame(slug as LessonSlug).then(() => undefined) : Promise.resolve();
}

/** The frame if it has already arrived (so hydration and moving between a lesson's steps never suspend). */
export function peekLessonFrame(slug: LessonSlug): LessonFrame | undefined {
  return loaded.get(slug);
}
