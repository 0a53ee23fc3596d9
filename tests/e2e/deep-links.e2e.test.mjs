import assert from 'node:assert/strict';
import { test } from 'node:test';
import { courseRoutes } from '../../scripts/course-routes.mjs';
import { baseUrl, openPage } from './harness.mjs';

const routes = courseRoutes(); // every page of the course, from the code (scripts/course-routes.mjs)

test('every page of the course is a prerendered file, with its text before JavaScript runs', async () => {
  for (const route of routes) {
    const response = await fetch(`${baseUrl}${route === '/' ? '/' : `${route}/`}`);
    assert.equal(response.status, 200, route);
    const html = await response.text();
    assert.match(html, /<h1[^>]*>/, `${route} has its heading in the HTML`);
    const scripts = [...html.matchAll(/<script\b[^>]*>|<link rel="modulepreload"[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length > 0, `${route} loads its code`);
    for (const tag of scripts) assert.match(tag, /fetchpriority="low"/, `${route}: the code must not compete with the first paint: ${tag}`);
  }
});

test('every route hydrates in Chromium without errors', async () => {
  const { context, page, errors } = await openPage('/');
  for (const route of routes) {
    await page.goto(`${baseUrl}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'How the web remembers' }).waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('progress survives a reload and offers to continue', async () => {
  const { context, page } = await openPage('/lessons/url-path/fav-color/green/step-one');
  await page.getByRole('heading', { level: 2, name: 'Step one: relative links' }).waitFor();
  await page.goto(`${baseUrl}/`);
  const link = page.getByRole('link', { name: 'Continue where you left off' });
  assert.equal(await link.getAttribute('href'), '/lessons/url-path/fav-color/green/step-one');
  await link.click();
  await page.waitForURL(`${baseUrl}/lessons/url-path/fav-color/green/step-one`);
  await context.close();
});

test('a colour no file was prerendered for boots from 404.html and lands on the right step', async () => {
  const { context, page, errors } = await openPage('/lessons/url-path/fav-color/papayawhip/step-two');
  await page.getByRole('heading', { level: 2, name: 'Step two: routing every path' }).waitFor();
  assert.equal((await page.getByText(/^Your favourite colour, read from the path:/).innerText()).trim(), 'Your favourite colour, read from the path: papayawhip');
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});
