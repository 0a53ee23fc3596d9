import type { ComponentType } from 'react';
import type { DemoId, LessonSlug } from '../../../content/types.ts';

// Each lesson declares its own demos (src/lessons/<slug>/demos.ts: demo id -> lazily loaded
// component); the tables are tiny, every component in them is its own chunk.
const tables = import.meta.glob<Readonly<Record<string, ComponentType>>>('../../../lessons/*/demos.ts', { eager: true, import: 'demos' });

/** The component a lesson's demo id names, if its table has one. */
export function findDemo(lesson: LessonSlug, demo: DemoId): ComponentType | undefined {
  const table = tables[`../../../lessons/${lesson}/demos.ts`];
  return table && Object.hasOwn(table, demo) ? table[demo] : undefined;
}

export function DemoView({ lesson, demo }: { readonly lesson: LessonSlug; readonly demo: DemoId }) {
  const Demo = findDemo(lesson, demo);
  if (!Demo) {
    return (
      <p role="alert" className="demo">
        This step names a demo “{demo}” that src/lessons/{lesson}/demos.ts does not list.
      </p>
    );
  }
  return <Demo />;
}
