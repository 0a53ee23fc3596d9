import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, eventually, openPage, panel, waitForInteractive, seriousAxeViolations } from './harness.mjs';


/** Script URLs the page has requested so far. */
function scriptLog(page) {
  const urls = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

// The pretend browser chunk itself (tough-cookie), not the tiny loader chunk `use-pretend-browser-*.js`.
const loadsToughCookie = (urls) => urls.some((url) => /\/pretend-browser-[^/]*\.js$/.test(url));

test('the lecture\'s Flask demo, as CONTRACT.md words it, on a pretend server loaded on first use', async () => {
  const { context, page, errors } = await openPage('/');
  const scripts = scriptLog(page);
  await page.goto(`${baseUrl}/lessons/cookies`, { waitUntil: 'networkidle' });
  await waitForInteractive(page);
  assert.equal(loadsToughCookie(scripts), false, 'tough-cookie is not part of the first load');

  await page.getByRole('textbox', { name: 'Favorite color' }).fill('blue');
  await page.getByRole('button', { name: 'Submit' }).click();
  const log = page.getByRole('region', { name: 'HTTP log' });
  await log.getByText('GET /handle-form-cookie?fav_color=blue HTTP/1.1').waitFor();
  await log.getByText('Set-Cookie: fav_color=blue; Path=/').waitFor();
  assert.equal(loadsToughCookie(scripts), true, 'the jar loads when the learner first talks to the server');

  await page.getByRole('button', { name: '/later-cookie' }).click();
  await log.getByText('GET /later-cookie HTTP/1.1').waitFor();
  await log.getByText('Cookie: fav_color=blue', { exact: true }).waitFor();
  await page.getByRole('region', { name: 'Pretend browser window' }).getByText('Your favorite color is blue.').waitFor();

  // Simulated means simulated: the learner's real cookies are untouched.
  assert.equal(await page.evaluate(() => document.cookie.includes('fav_color')), false);
  assert.deepEqual(await panel(page, 'Cookies').getByText('fav_color').count(), 0);

  const jar = page.getByRole('region', { name: 'Pretend cookie jar' });
  await jar.getByRole('button', { name: 'Clear pretend cookies' }).click();
  await page.getByRole('button', { name: '/later-cookie' }).click();
  await page.getByRole('region', { name: 'Pretend browser window' }).getByText('Your favorite color is <unset>.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Favorite color sent before the code arrived is a plain GET, then replayed to the pretend server once it loads', async () => {
  const { context, page, errors } = await openPage('/');
  await context.route('**/*.js', (route) => route.abort()); // the code has not arrived yet
  await page.goto(`${baseUrl}/lessons/cookies`);
  await page.getByRole('textbox', { name: 'Favorite color' }).fill('blue');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForURL(/\/lessons\/cookies\/?\?fav_color=blue$/);
  await context.unrouteAll();
  await page.reload();
  const log = page.getByRole('region', { name: 'HTTP log' });
  await log.getByText('Set-Cookie: fav_color=blue; Path=/').waitFor();
  assert.equal(await log.getByText('GET /handle-form-cookie?fav_color=blue HTTP/1.1').count(), 1);
  assert.deepEqual(errors.filter((e) => !/ERR_FAILED|Failed to load/.test(e)), []);
  await context.close();
});

test('an HttpOnly cookie is in the pretend jar and sent, but not in pretend document.cookie', async () => {
  const { context, page, errors } = await openPage('/lessons/cookie-options/security');
  await page.getByRole('button', { name: 'Set session_id with HttpOnly and theme without' }).click();
  const jar = page.getByRole('region', { name: 'Pretend cookie jar' });
  const row = jar.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'session_id' }) });
  await row.waitFor();
  const headers = await jar.getByRole('columnheader').allInnerTexts();
  const cells = await row.locator('th, td').allInnerTexts();
  assert.equal(cells[headers.indexOf('HttpOnly')], '✓');

  await page.getByRole('region', { name: 'HTTP log' }).getByText('Cookie: session_id=abc123; theme=dark').waitFor();
  const pretendConsole = page.getByRole('region', { name: 'Pretend console on https://www.rithmschool.com/' });
  await pretendConsole.getByRole('button', { name: 'Run document.cookie' }).click();
  await pretendConsole.getByText('← "theme=dark"').waitFor();
  assert.equal(await page.evaluate(() => document.cookie.includes('session_id')), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an expiring pretend cookie leaves the jar by itself', async () => {
  const { context, page, errors } = await openPage('/lessons/cookie-options/your-own-header');
  const header = page.getByRole('textbox', { name: 'Set-Cookie header' });
  await header.fill('blink=1; Max-Age=2; Path=/');
  await page.getByRole('button', { name: 'Send this Set-Cookie' }).click();
  const jar = page.getByRole('region', { name: 'Pretend cookie jar' });
  const name = jar.getByRole('rowheader', { name: 'blink' });
  await name.waitFor();
  const appeared = Date.now();
  await name.waitFor({ state: 'detached', timeout: 6000 });
  const lived = Date.now() - appeared;
  assert.ok(lived > 1000 && lived < 3500, `lived ${lived} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the live limit measurement finishes and deletes every test cookie, and only those', async () => {
  const { context, page, errors } = await openPage('/lessons/cookie-options/limits');
  await page.evaluate(() => {
    document.cookie = 'learner_a=1; Path=/';
    document.cookie = 'learner_b=2; Path=/; Max-Age=3600';
    document.cookie = 'elsewhere=3; Path=/compare';
  });
  const cookieNames = async () => (await context.cookies()).map((c) => `${c.name}@${c.path}`).sort();
  const before = await cookieNames();

  await page.getByRole('button', { name: 'Measure my browser’s cookie limits' }).click();
  const report = page.getByRole('region', { name: 'Measured limits' });
  await report.waitFor({ timeout: 60_000 });
  const text = await report.innerText();
  assert.match(text, /Largest name \+ value this browser keeps: 4096 bytes/);
  assert.match(text, /It kept all 20 test cookies we added/);
  assert.match(text, /not this browser’s limit/);
  assert.match(text, /None is left\./);
  assert.deepEqual(await cookieNames(), before);
  await eventually(async () => !(await panel(page, 'Cookies').innerText()).includes('stl_probe_'), { message: 'panel without probes' });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`the pretend views have no serious axe violations, filled in (${scheme} mode)`, async () => {
    const { context, page } = await openPage('/lessons/cookies', { bypassCSP: true }); // axe is injected as a script
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('textbox', { name: 'Favorite color' }).fill('blue');
    await page.getByRole('button', { name: 'Submit' }).click();
    // The first request loads the cookie jar; wait for its answer before asking again.
    await page.getByRole('region', { name: 'HTTP log' }).getByText('Set-Cookie: fav_color=blue; Path=/', { exact: true }).waitFor();
    await page.getByRole('button', { name: '/later-cookie' }).click();
    await page.getByRole('region', { name: 'HTTP log' }).getByText('Cookie: fav_color=blue', { exact: true }).waitFor();
    const found = [];
    for (const route of [null, '/lessons/cookie-options/same-site', '/lessons/cookie-options/your-own-header']) {
      if (route !== null) {
        await page.goto(`${baseUrl}${route}`);
        await page.getByRole('button').first().waitFor();
        await page.getByRole('region', { name: 'HTTP log' }).waitFor();
      }
      const violations = await seriousAxeViolations(page);
      found.push(...violations.map((v) => `${route ?? '/lessons/cookies'} ${v}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}
