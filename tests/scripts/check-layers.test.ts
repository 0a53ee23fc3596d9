// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { checkLayers, importsOf, readTree } from '../../scripts/check-layers.mjs';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const declaration = JSON.parse(await readFile(path.join(repo, 'layers.config.json'), 'utf8'));

/** The real declaration over a small in-memory tree. */
const check = (files: Record<string, string>) => checkLayers(declaration, Object.entries(files).map(([file, text]) => ({ path: file, text })));

test('every import in src/ follows the layers that layers.config.json declares', () => {
  const violations = checkLayers(declaration, readTree(repo, 'src'));
  expect(violations.map((violation) => violation.message)).toEqual([]);
});

test('a store importing a component fails, naming the file, the import and the rule', () => {
  const violations = check({
    'src/components/panels/panel.tsx': 'export const Panel = () => null;\n',
    'src/stores/leaky-store.ts': "import { useState } from 'react';\n\nimport { Panel } from '../components/panels/panel.tsx';\nexport const x = [useState, Panel];\n",
  });
  expect(violations.map((violation) => [violation.file, violation.line, violation.specifier])).toEqual([
    ['src/stores/leaky-store.ts', 1, 'react'],
    ['src/stores/leaky-store.ts', 3, '../components/panels/panel.tsx'],
  ]);
  expect(violations[1]?.message).toContain('src/stores/leaky-store.ts:3');
  expect(violations[1]?.message).toContain("'../components/panels/panel.tsx'");
  expect(violations[1]?.message).toContain('stores may not import components');
  expect(violations[1]?.rule).toBe('stores may import config, lib, outline, server');
  expect(violations[0]?.message).toContain('stores may not import the package react');
});

test('components and hooks importing app/, and stores importing lesson content, fail', () => {
  const violations = check({
    'src/app/paths.ts': 'export const paths = {};\n',
    'src/lessons/cookies/lesson.ts': 'export const cookies = {};\n',
    'src/components/lesson/step-nav.tsx': "import { paths } from '../../app/paths.ts';\nexport const a = paths;\n",
    'src/hooks/use-thing.ts': "export type { paths } from '../app/paths.ts';\n",
    'src/stores/facts.ts': "import type { cookies } from '../lessons/cookies/lesson.ts';\nexport type A = typeof cookies;\n",
  });
  expect(violations.map((violation) => `${violation.file} -> ${violation.target}`)).toEqual([
    'src/components/lesson/step-nav.tsx -> src/app/paths.ts',
    'src/hooks/use-thing.ts -> src/app/paths.ts',
    'src/stores/facts.ts -> src/lessons/cookies/lesson.ts',
  ]);
});

test('the bottom layer imports nothing of ours, and everything may import it', () => {
  const violations = check({
    'src/config/paths.ts': "import { lessonOutlines } from '../content/outline.ts';\nexport const p = lessonOutlines;\n",
    'src/content/outline.ts': "import { paths } from '../config/paths.ts';\nexport const lessonOutlines = [paths];\n",
    'src/server/app.ts': "import { paths } from '../config/paths.ts';\nexport const app = paths;\n",
  });
  expect(violations.map((violation) => violation.message.split(' (')[0])).toEqual(["src/config/paths.ts:1 imports '../content/outline.ts'"]);
  expect(violations[0]?.rule).toBe('config may import nothing of ours');
});

test('dynamic import(), import.meta.glob strings and worker URLs count as imports', () => {
  const text = [
    "const lazy = () => import('../components/x.tsx');",
    "const lessons = import.meta.glob(['../lessons/*/lesson.ts', '!../lessons/a/lesson.ts']);",
    "const worker = new Worker(new URL('../workers/guess.worker.ts', import.meta.url), { type: 'module' });",
    "type T = import('../hooks/use-x.ts').X;",
  ].join('\n');
  expect(importsOf('src/stores/s.ts', text)).toEqual([
    { specifier: '../components/x.tsx', kind: 'import', typeOnly: false, line: 1 },
    { specifier: '../lessons/*/lesson.ts', kind: 'glob', typeOnly: false, line: 2 },
    { specifier: '../workers/guess.worker.ts', kind: 'url', typeOnly: false, line: 3 },
    { specifier: '../hooks/use-x.ts', kind: 'import', typeOnly: true, line: 4 },
  ]);
  const violations = check({
    'src/components/x.tsx': 'export const X = 1;\n',
    'src/lessons/a/lesson.ts': 'export const a = 1;\n',
    'src/lessons/b/lesson.ts': 'export const b = 1;\n',
    'src/workers/guess.worker.ts': 'export {};\n',
    'src/hooks/use-x.ts': 'export type X = 1;\n',
    'src/stores/s.ts': text,
  });
  // stores may not import workers either: the worker's file is named by its URL.
  expect(violations.map((violation) => violation.target)).toEqual(['src/components/x.tsx', 'src/lessons/a/lesson.ts', 'src/lessons/b/lesson.ts', 'src/workers/guess.worker.ts', 'src/hooks/use-x.ts']);
});

test('a component may name a server response type with import type, never import a handler', () => {
  const violations = check({
    'src/server/routes.ts': 'export interface Body { readonly rows: string[] }\nexport const routes = 1;\n',
    'src/components/a.tsx': "import type { Body } from '../server/routes.ts';\nimport { type Body as B } from '../server/routes.ts';\nexport type X = [Body, B];\n",
    'src/components/b.tsx': "import { routes, type Body } from '../server/routes.ts';\nexport const y: [typeof routes, Body?] = [routes];\n",
  });
  expect(violations.map((violation) => `${violation.file}:${violation.line}`)).toEqual(['src/components/b.tsx:1']);
  expect(violations[0]?.rule).toBe('components may import config, lib, outline, content, stores, workers, hooks (and types only from server)');
});

test('a file in no declared layer fails with a message saying where to declare it', () => {
  const violations = check({ 'src/misc/thing.ts': 'export const thing = 1;\n' });
  expect(violations.map((violation) => violation.message)).toEqual([
    'src/misc/thing.ts is in no layer: add its folder to a layer\'s "files" in layers.config.json',
  ]);
});

test('npm run check:layers exits 1 on a planted violation in a fixture tree and 0 once it is gone', async () => {
  const fixture = await mkdtemp(path.join(tmpdir(), 'check-layers-'));
  try {
    await writeFile(path.join(fixture, 'layers.config.json'), JSON.stringify(declaration));
    await mkdir(path.join(fixture, 'src/components/panels'), { recursive: true });
    await mkdir(path.join(fixture, 'src/stores'), { recursive: true });
    await writeFile(path.join(fixture, 'src/components/panels/panel.tsx'), "import { value } from '../../stores/store.ts';\nexport const Panel = () => value;\n");
    await writeFile(path.join(fixture, 'src/stores/store.ts'), "import { Panel } from '../components/panels/panel.tsx';\nexport const value = 1;\nexport const again = Panel;\n");
    const script = path.join(repo, 'scripts/check-layers.mjs');
    const failed = await run(process.execPath, [script, '--repo', fixture]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain("src/stores/store.ts:1 imports '../components/panels/panel.tsx' (src/components/panels/panel.tsx): stores may not import components");
    await writeFile(path.join(fixture, 'src/stores/store.ts'), 'export const value = 1;\n');
    const passed = await run(process.execPath, [script, '--repo', fixture]);
    expect(passed.stdout).toContain('2 files in src/ follow the');
  } finally {
    await rm(fixture, { recursive: true, force: true });
  }
});
