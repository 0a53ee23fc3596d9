// Shared set-up for the browser tests: one Chromium, a fresh context per test, and helpers that
// read panels the way CONTRACT.md describes them (a named region, a table of name/value rows).
import { after, before } from 'node:test';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/static-server.mjs';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
after(async () => {
  await browser?.close();
});

/** A new browser profile (empty storage and cookies) with a page that fails the test on page errors. */
export async function openPage(path = '/', options = {}) {
  return openPageAt(`${baseUrl}${path}`, options);
}

/** openPage for a full URL on another server (the real-server tests run their own `npm start`). */
export async function openPageAt(url, { viewport = { width: 1300, height: 900 }, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport, bypassCSP });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await waitForInteractive(page);
  return { context, page, errors };
}

/**
 * Waits until the app has committed its hydration (it loads after the first paint) and React
 * holds every control on the page but those whose code loads on first use (lazily loaded demos
 * hydrate after the rest, when scrolled near), as a learner
 * would wait for a page to respond: typing into a prerendered input before its code has arrived
 * is not what these tests are about.
 */
export async function waitForInteractive(page, timeout = 10_000) {
  const scrolled = await page.evaluate(() => window.scrollY);
  // Parts below the first screen load their code when they near the viewport (lazyView whenNear):
  // scroll the first control React does not hold yet into view, as a reader would, until it does.
  await page.waitForFunction(
    () => {
      if (!document.documentElement.hasAttribute('data-interactive')) return false;
      // A part whose code loads only when used (data-loads-on-use: the compare page's form) waits for the learner.
      const waiting = [...document.querySelectorAll('#root input, #root button, #root textarea, #root select')].find(
        (el) => !Object.keys(el).some((key) => key.startsWith('__reactProps$')) && el.closest('[data-loads-on-use]:not([data-live])') === null,
      );
      waiting?.scrollIntoView({ block: 'center' });
      return waiting === undefined;
    },
    null,
    { timeout, polling: 'raf' },
  );
  // Back where the page was: tests read the page from where a learner landed.
  await page.evaluate((y) => window.scrollTo(0, y), scrolled);
  // Hydration runs in a transition, in slices: give a boundary whose controls React holds two
  // frames to commit before the test clicks.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Navigates and waits for hydration, so that the next click reaches React, not the prerendered HTML. */
export async function visit(page, path, options) {
  await page.goto(`${baseUrl}${path}`, options);
  await waitForInteractive(page);
}

export function panel(page, name) {
  return page.getByRole('region', { name, exact: true });
}

/** [name, value] of every row of a panel's table. */
export async function panelRows(page, name) {
  const region = panel(page, name);
  const rows = region.locator('tbody tr');
  const count = await rows.count();
  const result = [];
  for (let i = 0; i < count; i += 1) {
    const row = rows.nth(i);
    result.push([await row.locator('th').first().innerText(), await row.locator('td').first().innerText()]);
  }
  return result;
}

/** Waits until `check` returns truthy (polling, no fixed sleeps), or fails after `timeout` ms. */
export async function eventually(check, { timeout = 5000, message = 'condition' } = {}) {
  const started = Date.now();
  let last;
  while (Date.now() - started < timeout) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${message} (last: ${JSON.stringify(last)})`);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core in the page and returns its serious and critical violations as short lines.
 * axe is injected as a script, which the app's CSP forbids: open the page with `bypassCSP: true`.
 */
export async function seriousAxeViolations(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/**
 * Opens `path` with some of its scripts held back, as on a slow connection: every `/assets/*.js`
 * for which `hold(url)` is true waits until the test calls `release()`. `page` is returned as soon
 * as the prerendered HTML has arrived (the page looks ready; it is not). By default everything is
 * held except the page's entry script (`index-*.js`, the one the HTML itself names) and the tiny
 * helper it imports (`preload-helper-*.js`, named beside it in the HTML).
 * `javaScript: false` opens it with scripting disabled: what the page does before any script runs.
 */
export async function openPageHeld(path, { hold = (url) => !/\/assets\/(?:index|preload-helper)-[^/]*\.js$/.test(url), viewport = { width: 1300, height: 900 }, javaScript = true } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    if (hold(route.request().url())) await released;
    await route.continue();
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
  return { context, page, errors, release };
}
