import { describe, expect, test } from 'vitest';
import { allSteps, lessons } from '../../src/content/lessons.ts';
import { courseOutline } from '../../src/content/course-outline.generated.ts';
import { coursePathParams } from '../../src/content/course-path-params.generated.ts';
import { outlineOf, pathParamsOf } from '../../src/content/outline-of.ts';
import { allQuizIds, getNeighbours } from '../../src/content/outline.ts';
import { PANEL_IDS } from '../../src/config/mechanisms.ts';
import type { Block } from '../../src/content/types.ts';
import { COURSE_ORDER } from '../../src/lessons/course-order.ts';
import { findDemo } from '../../src/components/lesson/demos/demo-view.tsx';
import { paths, stepPath } from '../../src/config/paths.ts';
import { prerenderedRoutes } from '../../src/content/course-routes.ts';
import { FACT_KEYS, factLabels, strategies } from '../../src/content/strategies.ts';

/** Every page of the course, from the code: home, each lesson of the outline, the compare page, the tool. */
const pageRoutes = [paths.home(), ...courseOutline.map((lesson) => paths.lesson(lesson.slug)), paths.compare(), paths.flaskTool()];

test('the generated course outline matches the lessons (run `npm run outline` if not)', () => {
  expect(courseOutline).toEqual(lessons.map(outlineOf));
});

test('the generated path params the routes use are the ones the lessons declare (run `npm run outline` if not)', () => {
  expect(coursePathParams).toEqual(pathParamsOf(lessons.map(outlineOf)));
  const declared = lessons.flatMap((lesson) => (lesson.pathParam ? [lesson.pathParam] : []));
  expect(declared.length).toBeGreaterThan(0);
  for (const param of declared) expect(coursePathParams).toContainEqual(param);
});

test('the outline lists every check of understanding, in order', () => {
  const fromLessons = allSteps().flatMap(({ step }) => step.blocks.flatMap((block) => (block.kind === 'quiz' ? [block.id] : [])));
  expect(allQuizIds()).toEqual(fromLessons);
});

test('the course has every lesson exactly once, in COURSE_ORDER', () => {
  expect(lessons.map((l) => l.slug)).toEqual([...COURSE_ORDER]);
  expect(new Set(COURSE_ORDER).size).toBe(COURSE_ORDER.length);
});

test('every page of the course and every step is prerendered', () => {
  const routes = prerenderedRoutes();
  for (const route of pageRoutes) expect(routes).toContain(route);
  for (const { lesson, step } of allSteps()) expect(routes).toContain(stepPath(lesson, step));
});

test('step ids are unique within a lesson and usable as URL segments', () => {
  for (const lesson of lessons) {
    const ids = lesson.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(lesson.steps.length).toBeGreaterThan(0);
  }
});

test('every step shows known panels, highlights only panels it shows, and has content', () => {
  for (const { lesson, step } of allSteps()) {
    for (const panel of step.panels) expect(PANEL_IDS).toContain(panel);
    for (const panel of Object.keys(step.highlight ?? {})) expect(step.panels, `${lesson.slug}/${step.id}`).toContain(panel);
    expect(step.blocks.length, `${lesson.slug}/${step.id}`).toBeGreaterThan(0);
  }
});

test('every lesson says what it teaches and recaps it; none is a TODO', () => {
  for (const lesson of lessons) {
    expect(lesson.youWillLearn.length).toBeGreaterThan(0);
    expect(lesson.recap.length).toBeGreaterThan(0);
    expect(JSON.stringify(lesson)).not.toMatch(/\bTODO\b|lorem ipsum/i);
  }
});

test('neighbours chain through the whole course in order', () => {
  const steps = allSteps();
  steps.forEach((ref, i) => {
    const { prev, next } = getNeighbours(ref.lesson.slug, ref.step.id);
    expect(prev?.step.id ?? null).toBe(steps[i - 1]?.step.id ?? null);
    expect(next?.step.id ?? null).toBe(steps[i + 1]?.step.id ?? null);
  });
});

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'p':
    case 'heading':
    case 'callout':
      return [block.text];
    case 'list':
      return [...block.items];
    case 'table':
      return block.rows.flat();
    case 'quiz':
      return [block.question, ...block.options, block.explanation, block.verify];
    default:
      return [];
  }
}

describe('links and demos inside lessons', () => {
  const knownPaths = new Set([...prerenderedRoutes(), ...allSteps().map(({ lesson, step }) => stepPath(lesson, step))]);

  test('every internal link points at a real route', () => {
    for (const { step } of allSteps()) {
      for (const text of step.blocks.flatMap(blockTexts)) {
        for (const [, href = ''] of text.matchAll(/\]\(([^)]+)\)/g)) {
          // Files under public/downloads/ are not routes: course-facts.test.ts checks each link names a real file.
          if (!href.startsWith('/downloads/')) expect(knownPaths, `link ${href}`).toContain(href);
        }
      }
    }
  });

  test('every demo a step uses is in its own lesson\'s demo table (src/lessons/<slug>/demos.ts)', async () => {
    for (const { lesson, step } of allSteps()) {
      for (const block of step.blocks) {
        if (block.kind === 'demo') expect(await findDemo(lesson.slug, block.demo), `${lesson.slug}/${step.id} uses demo ${block.demo}`).toBeDefined();
      }
    }
  });

  test('app-owned storage keys in lessons are prefixed', () => {
    for (const { step } of allSteps()) {
      for (const key of [...(step.highlight?.localStorage ?? []), ...(step.highlight?.sessionStorage ?? [])]) expect(key).toMatch(/^stl:/);
    }
  });
});

describe('checks of understanding', () => {
  const quizzes = allSteps().flatMap(({ lesson, step }) =>
    step.blocks.flatMap((block) => (block.kind === 'quiz' ? [{ lesson, step, quiz: block }] : [])),
  );

  test('quiz ids are unique across the course and name their lesson', () => {
    const ids = quizzes.map(({ quiz }) => quiz.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { lesson, quiz } of quizzes) expect(quiz.id.startsWith(`${lesson.slug}/`), quiz.id).toBe(true);
  });

  test('every quiz has its correct answer among distinct options, an explanation and a way to verify', () => {
    for (const { quiz } of quizzes) {
      expect(quiz.options.length, quiz.id).toBeGreaterThanOrEqual(2);
      expect(new Set(quiz.options).size, quiz.id).toBe(quiz.options.length);
      expect(quiz.options, quiz.id).toContain(quiz.answer);
      expect(quiz.explanation.length, quiz.id).toBeGreaterThan(10);
      expect(quiz.verify.length, quiz.id).toBeGreaterThan(10);
    }
  });

  test('the closing lessons are ready and each ends with checks of understanding', () => {
    for (const slug of ['storage-comparison', 'which-to-use'] as const) {
      const lesson = lessons.find((l) => l.slug === slug);
      expect(lesson?.status).toBe('ready');
      expect(quizzes.filter(({ lesson: l }) => l.slug === slug).length).toBeGreaterThanOrEqual(2);
    }
  });

  test('the compare page and the lessons share one table of facts', () => {
    const lesson = lessons.find((l) => l.slug === 'storage-comparison');
    const table = lesson?.steps[0]?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((row) => row[0]) : []).toEqual(FACT_KEYS.map((fact) => factLabels[fact]));
    expect(table?.kind === 'table' ? table.rows[3]?.[3] : null).toBe(strategies.cookies.sentToServer);
  });
});

test('every lesson ends with a check of understanding', () => {
  for (const lesson of lessons) {
    const last = lesson.steps[lesson.steps.length - 1];
    expect(last?.blocks.some((block) => block.kind === 'quiz'), lesson.slug).toBe(true);
  }
});
