import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { readCourseOutline } from '../../scripts/course-routes.mjs';
import { baseUrl, openPage, visit } from './harness.mjs';

/** Every step of every lesson, as the lesson page links it, plus the other pages. */
function everyRoute() {
  const steps = readCourseOutline().flatMap((lesson) =>
    lesson.steps.map((step, i) => {
      if (i === 0) return `/lessons/${lesson.slug}`;
      if (step.inPathParam) return `/lessons/${lesson.slug}/${lesson.pathParam.segment}/${lesson.pathParam.fallback}/${step.id}`;
      return `/lessons/${lesson.slug}/${step.id}`;
    }),
  );
  return ['/', ...steps, '/compare', '/tools/flask-session'];
}

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

test('every page runs under Trusted Types with no violation, workers and the service worker included', async () => {
  const { context, page, errors } = await openPage('/');
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types default/);
  const routes = everyRoute();
  assert.ok(routes.length > 30, `${routes.length} routes`);
  const violations = [];
  for (const route of routes) {
    await visit(page, route);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    violations.push(...(await page.evaluate(() => window.__cspViolations)).map((v) => `${route}: ${v}`));
  }
  // The sinks the app does use: the service worker (registered on load), the codec worker, the guessing workers.
  assert.ok(await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())), 'the service worker registered');
  const workers = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.getByRole('textbox', { name: 'Session cookie' }).fill('eyJmYXZfbnVtYmVyIjo0Mn0.awdHWg.JUidkituNsV5LO_WE7Qi-q_4aWQ');
  await page.getByRole('button', { name: 'Guess the secret key' }).click();
  await page.getByText(/Not in the list|Found the secret key/).waitFor({ timeout: 20_000 });
  assert.ok(workers.some((url) => /session-codec\.worker/.test(url)) && workers.some((url) => /secret-guess\.worker/.test(url)), `workers: ${workers}`);
  violations.push(...(await page.evaluate(() => window.__cspViolations)).map((v) => `/tools/flask-session (guessing): ${v}`));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused to|TrustedScriptURL|Trusted Type/.test(e)), []);
  await context.close();
});

test('framed by another site, the course starts nothing and links to itself in its own tab', async () => {
  const { context, page } = await openPage('/');
  const course = `${baseUrl}/lessons/local-storage`;
  // Another origin (another port), served for real from this machine: Chromium blocks a public page from framing a local server.
  const framingSite = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Another site</title><iframe src="${course}" width="900" height="700"></iframe>`);
  });
  await new Promise((resolve) => framingSite.listen(0, '127.0.0.1', resolve));
  // This test's own profile: forget the service worker the first page registered, to see that the frame registers none.
  await page.evaluate(async () => Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister())));
  await page.goto(`http://127.0.0.1:${framingSite.address().port}/`);
  const frame = page.frameLocator('iframe');
  const notice = frame.getByRole('alert').filter({ hasText: 'This course is shown inside another website’s frame' });
  await notice.waitFor();
  const link = notice.getByRole('link', { name: 'Open the course in its own tab' });
  assert.ok((await link.getAttribute('href')).startsWith(course), await link.getAttribute('href'));
  assert.equal(await link.getAttribute('target'), '_blank');
  // Nothing was started: not hydrated, no live panel, the prerendered page inert.
  const inside = page.frames().find((f) => f.url().startsWith(course));
  assert.ok(inside, page.frames().map((f) => f.url()).join(' '));
  assert.equal(await inside.evaluate(() => document.documentElement.hasAttribute('data-interactive')), false);
  assert.equal(await inside.evaluate(() => document.getElementById('root')?.inert), true);
  assert.equal(await inside.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await context.close();
  framingSite.close();
});

test('framed by a page of its own origin, the course runs as usual', async () => {
  const { context, page } = await openPage('/');
  await page.route(`${baseUrl}/frame-host.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Same site</title><iframe src="${baseUrl}/lessons/local-storage" width="900" height="700"></iframe>` }),
  );
  await page.goto(`${baseUrl}/frame-host.html`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('region', { name: 'localStorage', exact: true }).waitFor();
  const inside = page.frames().find((f) => f.url().includes('/lessons/local-storage'));
  assert.ok(inside, page.frames().map((f) => f.url()).join(' '));
  await inside.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'));
  assert.equal(await frame.getByText('This course is shown inside another website’s frame').count(), 0);
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
