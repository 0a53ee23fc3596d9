// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { BuildOptionsError, parseBuildOptions } from '../../scripts/build-options.mjs';

test('the build takes --base and --outDir with a space or an equals sign', () => {
  expect(parseBuildOptions(['--base', '/repo/'])).toEqual({ base: '/repo/', outDir: undefined });
  expect(parseBuildOptions(['--base=/repo/'])).toEqual({ base: '/repo/', outDir: undefined });
  expect(parseBuildOptions(['--outDir', '/tmp/out'])).toEqual({ base: undefined, outDir: '/tmp/out' });
  expect(parseBuildOptions(['--outDir=/tmp/out', '--base', '/a/'])).toEqual({ base: '/a/', outDir: '/tmp/out' });
  expect(parseBuildOptions([])).toEqual({ base: undefined, outDir: undefined });
});

test('a value may itself contain an equals sign', () => {
  expect(parseBuildOptions(['--outDir=/tmp/a=b'])).toEqual({ base: undefined, outDir: '/tmp/a=b' });
});

test('an option the build does not know stops it, naming the option', () => {
  expect(() => parseBuildOptions(['--bsae=/repo/'])).toThrow(BuildOptionsError);
  expect(() => parseBuildOptions(['--bsae=/repo/'])).toThrow(/does not know the option --bsae/);
  // Case matters: --outdir is not --outDir.
  expect(() => parseBuildOptions(['--outdir', 'x'])).toThrow(/--outdir/);
});

test('a stray argument or a missing value stops the build too', () => {
  expect(() => parseBuildOptions(['dist2'])).toThrow(/takes no argument dist2/);
  expect(() => parseBuildOptions(['--base'])).toThrow(/--base/);
  expect(() => parseBuildOptions(['--base='])).toThrow(/--base needs a value/);
});

test('npm run build with an unknown option exits non-zero before building, with the message', () => {
  const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.mjs'), '--minify=false'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('does not know the option --minify');
  expect(run.stdout).toBe('');
});
