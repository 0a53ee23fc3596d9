import type { ComponentType } from 'react';
import type { LessonSlug } from '../../../content/types.ts';

/** A lesson's demos by the id its steps use: src/lessons/<slug>/demos.ts. */
export type DemoTable = Readonly<Record<string, ComponentType>>;

// Each table is its own tiny chunk, loaded with its lesson's page: a lesson does not pay for the
// tables of the others (every component in a table is a further chunk, loaded when near the viewport).
const files = import.meta.glob<DemoTable>('../../../lessons/*/demos.ts', { import: 'demos' });
const loading = new Map<string, Promise<DemoTable>>();
const loaded = new Map<string, DemoTable>();
const fileOf = (lesson: string) => `../../../lessons/${lesson}/demos.ts`;
const NO_DEMOS: DemoTable = Object.freeze(Object.create(null) as DemoTable);

/** The lesson's table; a lesson without a demos.ts has none. One promise per lesson, for React's `use`. */
export function loadDemoTable(lesson: string): Promise<DemoTable> {
  let promise = loading.get(lesson);
  if (!promise) {
    const load = files[fileOf(lesson)];
    promise = (load ? load() : Promise.resolve(NO_DEMOS)).then((table) => {
      loaded.set(lesson, table);
      return table;
    });
    loading.set(lesson, promise);
  }
  return promise;
}

/** The table if it has arrived (boot loads the current lesson's before hydrating). */
export function peekDemoTable(lesson: LessonSlug): DemoTable | undefined {
  return loaded.get(lesson);
}

/** The component a table names for `demo`, if it lists one. */
export function demoIn(table: DemoTable, demo: string): ComponentType | undefined {
  return Object.hasOwn(table, demo) ? table[demo] : undefined;
}
