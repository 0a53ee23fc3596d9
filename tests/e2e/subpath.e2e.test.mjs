import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { openPage, waitForInteractive } from './harness.mjs';

// A build for a subpath (a GitHub Pages project site, say) keeps every link, asset and route under it.
const site = mkdtempSync(join(tmpdir(), 'stl-subpath-'));
let server;
before(() => {
  // The space form (`--base /course/`); scripts/run-e2e.mjs uses the `--outDir=` form.
  const build = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.mjs'), '--base', '/course/', '--outDir', join(site, 'course')], {
    stdio: 'inherit',
  });
  assert.equal(build.status, 0, 'subpath build');
  return startStaticServer(site, { fallback: false }).then((started) => {
    server = started;
  });
});
after(() => server?.close());

test('a build with --base=/course/ keeps links, assets and routes under /course/', async () => {
  const { context, page, errors } = await openPage('/');
  await page.goto(`${server.url}/course/lessons/local-storage/`);
  await waitForInteractive(page);
  await page.getByRole('heading', { level: 1, name: 'localStorage' }).waitFor();
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 10);
  assert.deepEqual(hrefs.filter((href) => href !== '/course' && !href.startsWith('/course/')), []);
  const assets = await page.locator('script[src], link[href]').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? el.getAttribute('href')));
  assert.deepEqual(assets.filter((url) => url.startsWith('/') && !url.startsWith('/course/')), []);
  await page.getByRole('link', { name: /Next/ }).click();
  await page.waitForURL(`${server.url}/course/lessons/local-storage/it-persists`);
  await page.getByRole('heading', { level: 2, name: 'It survives reloads and new tabs' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the hands-on lesson links every download under /course/downloads/, and each one is served', async () => {
  const { context, page, errors } = await openPage('/');
  await page.goto(`${server.url}/course/lessons/flask-sessions-hands-on/`);
  await waitForInteractive(page);
  await page.getByRole('heading', { level: 1, name: 'Sessions in Flask, hands on' }).waitFor();
  const hrefs = await page.locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('/course/downloads/flask-demo/app.py'), hrefs.join(', '));
  for (const href of hrefs) {
    assert.ok(href.startsWith('/course/downloads/flask-demo/'), href);
    const response = await fetch(`${server.url}${href}`);
    assert.equal(response.status, 200, href);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
