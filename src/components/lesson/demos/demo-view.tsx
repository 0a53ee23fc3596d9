import { use } from 'react';
import type { DemoId, LessonSlug } from '../../../content/types.ts';
import { demoIn, loadDemoTable, peekDemoTable, type DemoTable } from './demo-tables.ts';

/** The component a lesson's demo id names, if its table (src/lessons/<slug>/demos.ts) has one. */
export async function findDemo(lesson: LessonSlug, demo: DemoId) {
  return demoIn(await loadDemoTable(lesson), demo);
}

function DemoOf({ table, lesson, demo }: { readonly table: DemoTable; readonly lesson: LessonSlug; readonly demo: DemoId }) {
  const Demo = demoIn(table, demo);
  if (!Demo) {
    return (
      <p role="alert" className="demo">
        This step names a demo “{demo}” that src/lessons/{lesson}/demos.ts does not list.
      </p>
    );
  }
  return <Demo />;
}

/** Waits for the lesson's table; always calls `use`, as React requires of a component that suspended. */
function WaitingDemo({ lesson, demo }: { readonly lesson: LessonSlug; readonly demo: DemoId }) {
  return <DemoOf table={use(loadDemoTable(lesson))} lesson={lesson} demo={demo} />;
}

export function DemoView({ lesson, demo }: { readonly lesson: LessonSlug; readonly demo: DemoId }) {
  const table = peekDemoTable(lesson);
  return table ? <DemoOf table={table} lesson={lesson} demo={demo} /> : <WaitingDemo lesson={lesson} demo={demo} />;
}
