import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, openPage, visit } from './harness.mjs';

test('the app runs under its strict Content-Security-Policy with no violations', async () => {
  const { context, page, errors } = await openPage('/');
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const visits = [
    ['/lessons/local-storage', async () => page.getByRole('button', { name: 'Save to localStorage' }).click()],
    ['/lessons/cookies', async () => {
      await page.getByRole('textbox', { name: 'Favorite color' }).fill('blue');
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByRole('region', { name: 'HTTP log' }).getByText('Set-Cookie: fav_color=blue; Path=/').first().waitFor();
    }],
    ['/lessons/url-path/fav-color/rebeccapurple/step-two', async () => {}],
    ['/compare', async () => {}],
    ['/tools/flask-session', async () => {}],
  ];
  const violations = [];
  for (const [route, act] of visits) {
    await visit(page, route);
    assert.ok(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), `${route} carries the CSP meta tag`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await act();
    violations.push(...(await page.evaluate(() => window.__cspViolations)).map((v) => `${route}: ${v}`));
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused to/.test(e)), []);
  await context.close();
});

test('after one visit the course works offline, and pages not yet opened too', async () => {
  const { context, page } = await openPage('/lessons/local-storage');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(`${baseUrl}/lessons/session-storage/`);
  await page.getByRole('heading', { level: 1, name: 'sessionStorage' }).waitFor();
  await page.getByRole('region', { name: 'sessionStorage', exact: true }).waitFor();
  await page.goto(`${baseUrl}/lessons/url-path/fav-color/olive/step-one`);
  await page.getByRole('heading', { level: 2, name: 'Step one: relative links' }).waitFor();
  await context.setOffline(false);
  await context.close();
});

test('a first visit downloads no stylesheet: it is inlined, and lazily loaded demos do not fetch it again', async () => {
  const { context, page } = await openPage('/');
  const stylesheets = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
  });
  for (const route of ['/lessons/stateless-http/', '/lessons/cookies/', '/compare/', '/tools/flask-session/']) {
    await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
    assert.ok(await page.locator('head style').count(), `${route} has its styles inline`);
  }
  assert.deepEqual(stylesheets, []);
  await context.close();
});
