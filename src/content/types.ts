/**
 * Lesson content is typed data: no React, no storage. Components render it; tests check its
 * invariants. Inline text uses a tiny markup rendered as React elements (never as HTML):
 * `code`, **strong**, and [link text](/route) for routes inside the course.
 */

import type { PanelId } from '../config/mechanisms.ts';
import type { PathParam } from '../config/paths.ts';
import type { LessonSlug } from '../lessons/course-order.ts';

export type { LessonSlug, PathParam };

/**
 * An interactive piece a step can embed: a key of its own lesson's demo table
 * (src/lessons/<slug>/demos.ts); tests/content/lessons.test.ts checks every one resolves.
 */
export type DemoId = string;

export type CodeLanguage = 'python' | 'js' | 'http' | 'html' | 'text';

export type Block =
  | { readonly kind: 'p'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }
  | { readonly kind: 'code'; readonly language: CodeLanguage; readonly code: string; readonly caption?: string }
  | { readonly kind: 'callout'; readonly variant: CalloutVariant; readonly title?: string; readonly text: string }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly caption: string }
  | { readonly kind: 'demo'; readonly demo: DemoId }
  | QuizBlock;

/**
 * A check of understanding: a scenario, a few options, the correct one, why, and how to verify it
 * yourself with the live panels. `id` is unique across the course (answers are stored by it).
 */
export interface QuizBlock {
  readonly kind: 'quiz';
  readonly id: string;
  readonly question: string;
  /**
   * The options in the order shown: fixed in the data (the same on the server and after hydration,
   * never shuffled at render), with the correct one not always first.
   */
  readonly options: readonly string[];
  /** The correct option, exactly as written in `options`. */
  readonly answer: string;
  readonly explanation: string;
  /** For every wrong option (keyed by its exact text): why it is wrong, shown when a learner picks it. */
  readonly whyWrong: Readonly<Record<string, string>>;
  /** How to check it with the panels or on /compare. */
  readonly verify: string;
}

export type CalloutVariant = 'note' | 'pitfall' | 'try-it' | 'coming-next';

/**
 * A step's id is its URL segment, independent of title and order. The first step of a lesson is
 * served at the lesson's own URL. Steps marked `inPathParam` live under the lesson's
 * `pathParam` (`<segment>/<value>/<step id>`).
 */
export interface Step {
  readonly id: string;
  readonly title: string;
  readonly panels: readonly PanelId[];
  /** Entry names each panel should highlight while this step is open. */
  readonly highlight?: Partial<Record<PanelId, readonly string[]>>;
  readonly inPathParam?: boolean;
  readonly blocks: readonly Block[];
}

export interface Lesson {
  readonly slug: LessonSlug;
  readonly title: string;
  /** One sentence for the outline. */
  readonly summary: string;
  readonly youWillLearn: readonly string[];
  /** `outline`: the lesson's plan is published and its full demos are still being built. */
  readonly status: 'ready' | 'outline';
  /** Routing this lesson declares for itself: a value carried in the path of its `inPathParam` steps. */
  readonly pathParam?: PathParam;
  /**
   * Query params this lesson's state lives in: every link from one of its steps to another (Next,
   * Previous, the outline, its demos) passes on the ones this URL has, as a shared link's
   * `/step-zero?fav-color=blue` → `/step-one?fav-color=blue` does.
   */
  readonly carriesQuery?: readonly string[];
  readonly steps: readonly Step[];
  readonly recap: readonly string[];
}

/**
 * The structure of the course without its prose: what routes, the outline, prev/next, progress and
 * panels need. Generated from the lessons (course-outline.generated.ts), so every page can know the
 * whole course while loading only the text of the lesson it shows.
 */
export type StepOutline = Omit<Step, 'blocks'> & { readonly quizIds: readonly string[] };
export type LessonOutline = Omit<Lesson, 'steps' | 'summary' | 'youWillLearn' | 'recap'> & { readonly steps: readonly StepOutline[] };
