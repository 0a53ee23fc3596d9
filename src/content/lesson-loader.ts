import type { Lesson, LessonSlug } from './types.ts';

// Each lesson's prose (src/lessons/<slug>/lesson.ts) is its own chunk, loaded by the pages that show it.
const modules = import.meta.glob<Record<string, unknown>>('../lessons/*/lesson.ts');
const loading = new Map<LessonSlug, Promise<Lesson>>();
const loaded = new Map<LessonSlug, Lesson>();
const fileOf = (slug: string) => `../lessons/${slug}/lesson.ts`;

function isLesson(value: unknown, slug: LessonSlug): value is Lesson {
  return typeof value === 'object' && value !== null && 'slug' in value && value.slug === slug && 'steps' in value;
}

/** The whole lesson, prose included; one promise per lesson, so React's `use` can suspend on it. */
export function loadLesson(slug: LessonSlug): Promise<Lesson> {
  let promise = loading.get(slug);
  if (!promise) {
    const load = modules[fileOf(slug)];
    promise = load
      ? load().then((module) => {
          const lesson = Object.values(module).find((value) => isLesson(value, slug));
          if (!lesson) throw new Error(`src/lessons/${slug}/lesson.ts exports no lesson with slug ${slug}`);
          loaded.set(slug, lesson as Lesson);
          return lesson as Lesson;
        })
      : Promise.reject(new Error(`no file src/lessons/${slug}/lesson.ts`));
    loading.set(slug, promise);
  }
  return promise;
}

/** Starts loading a lesson named in the URL, if there is one by that name (failures surface when its page renders). */
export function preloadLesson(slug: string): void {
  if (modules[fileOf(slug)]) loadLesson(slug as LessonSlug).catch(() => undefined);
}

/** The lesson if its chunk has already arrived (so moving between its steps never suspends). */
export function peekLesson(slug: LessonSlug): Lesson | undefined {
  return loaded.get(slug);
}
