import { use } from 'react';
import type { DemoId, LessonSlug } from '../../../content/types.ts';
import { demoIn, loadDemoTable, peekDemoTable } from './demo-tables.ts';

/** The component a lesson's demo id names, if its table (src/lessons/<slug>/demos.ts) has one. */
export async function findDemo(lesson: LessonSlug, demo: DemoId) {
  return demoIn(await loadDemoTable(lesson), demo);
}

/** A step's demo; its lesson's table has usually arrived already (lesson-prose.tsx waits for it before rendering a step). */
export function DemoView({ lesson, demo }: { readonly lesson: LessonSlug; readonly demo: DemoId }) {
  const Demo = demoIn(peekDemoTable(lesson) ?? use(loadDemoTable(lesson)), demo);
  if (!Demo) {
    return (
      <p role="alert" className="demo">
        This step names a demo “{demo}” that src/lessons/{lesson}/demos.ts does not list.
      </p>
    );
  }
  return <Demo />;
}
