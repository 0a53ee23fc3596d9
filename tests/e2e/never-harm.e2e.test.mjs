// Experiments never harm the learner's other data: cookies the page cannot see survive the cookie
// measurement, another tab's changes survive a quota run, and an interrupted run leaves nothing
// behind after the next page load.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseUrl, eventually, openPage, visit, waitForInteractive } from './harness.mjs';

const host = new URL(baseUrl).hostname;

/** Characters (keys + values) in this page's localStorage: the quota Chromium counts. */
const usage = (page) =>
  page.evaluate(() => Object.keys(localStorage).reduce((sum, key) => sum + key.length + (localStorage.getItem(key)?.length ?? 0), 0));
const probeKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('stl:quota-probe-')));

test('cookies the page cannot see (HttpOnly, other paths) all survive the cookie limit measurement', async () => {
  const { context, page, errors } = await openPage('/lessons/cookie-options/limits');
  const hidden = [
    ...Array.from({ length: 20 }, (_, i) => ({ name: `other_app_${i}`, value: 'x', domain: host, path: '/other-app' })),
    ...Array.from({ length: 20 }, (_, i) => ({ name: `server_only_${i}`, value: 'y', domain: host, path: '/', httpOnly: true })),
  ];
  await context.addCookies(hidden);
  await page.evaluate(() => {
    document.cookie = 'learner_theme=dark; Path=/';
  });
  // The page sees only its own: neither the HttpOnly nor the other path's cookies.
  assert.equal(await page.evaluate(() => document.cookie), 'learner_theme=dark');
  const names = async () => (await context.cookies()).map((c) => `${c.name}@${c.path}`).sort();
  const before = await names();
  assert.equal(before.length, 41);

  await page.getByRole('button', { name: 'Measure my browser’s cookie limits' }).click();
  const report = page.getByRole('region', { name: 'Measured limits' });
  await report.waitFor({ timeout: 60_000 });
  const text = await report.innerText();
  console.log(`cookie measurement with 40 hidden cookies: ${text.replaceAll('\n', ' | ')}`);
  assert.match(text, /Largest name \+ value this browser keeps: 4096 bytes/);
  assert.match(text, /It kept all 20 test cookies we added/);
  assert.match(text, /not this browser’s limit/);
  assert.deepEqual(await names(), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('another tab’s changes during a localStorage quota run stand as that tab left them, and the report says what it did', async () => {
  const { context, page, errors } = await openPage('/compare');
  await page.evaluate(() => {
    localStorage.setItem('other-app:remove-me', 'a');
    localStorage.setItem('other-app:change-me', 'old');
    localStorage.setItem('stl:draft', 'my draft');
  });
  const other = await context.newPage();
  await visit(other, '/');

  // The other tab acts the moment it sees the run's first test key (it watches in-page, every
  // millisecond: a round trip to the test can come after a run of a few hundred ms has ended).
  const refusedWrites = other.evaluate(async () => {
    const running = () => Object.keys(localStorage).some((key) => key.startsWith('stl:quota-probe-'));
    while (!running()) await new Promise((resolve) => setTimeout(resolve, 1));
    localStorage.removeItem('other-app:remove-me');
    localStorage.setItem('other-app:change-me', 'new');
    localStorage.setItem('other-app:added', 'hello');
    // Then it keeps writing a small value until the run is over, counting refusals (a full quota).
    let refused = 0;
    let tries = 0;
    while (running()) {
      tries += 1;
      try {
        localStorage.setItem('other-app:tick', String(tries));
      } catch (error) {
        if (error.name === 'QuotaExceededError') refused += 1;
        else throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return { refused, tries };
  });
  await page.getByRole('button', { name: 'Measure localStorage' }).click();
  const status = page.getByRole('status', { name: 'localStorage quota' });
  await status.waitFor({ timeout: 60_000 });
  const text = await status.innerText();
  const ticks = await refusedWrites;
  console.log(`quota run with another tab writing: ${text.replaceAll('\n', ' | ')} — other tab: ${ticks.refused} of ${ticks.tries} writes refused`);

  const state = await other.evaluate(() => ({
    removed: localStorage.getItem('other-app:remove-me'),
    changed: localStorage.getItem('other-app:change-me'),
    added: localStorage.getItem('other-app:added'),
    draft: localStorage.getItem('stl:draft'),
  }));
  assert.deepEqual(state, { removed: null, changed: 'new', added: 'hello', draft: 'my draft' });
  assert.deepEqual(await probeKeys(page), []);
  assert.match(text, /Another tab changed during the run: .*other-app:remove-me \(removed\)/);
  assert.match(text, /other-app:change-me \(changed\)/);
  assert.match(text, /other-app:added \(added\)/);
  const fullMs = Number(/full for (\d+) ms/.exec(text)?.[1]);
  assert.ok(fullMs < 200, `the storage was full for ${fullMs} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a quota run cut short by closing its tab leaves no test keys after the next page load, and says when they went', async () => {
  const { context, page } = await openPage('/compare');
  await page.evaluate(() => localStorage.setItem('other-app:keep', 'k'));
  const baseline = await usage(page);
  const started = Date.now();
  // Mid-run: the second test key exists (about a million characters in, far from full). The page
  // itself watches for it, asks the test to close it, and then holds its main thread for 300 ms
  // (a busy device), so the close arrives while the run still has many steps to go: a whole run
  // takes only a few hundred ms here, less than a round trip to the test under load.
  let closing = null;
  await page.exposeFunction('closeThisTab', () => {
    closing = { done: page.close() };
  });
  await page.evaluate(() => {
    const check = () => {
      if (localStorage.getItem('stl:quota-probe-1') === null) return void setTimeout(check, 1);
      void window.closeThisTab();
      const until = performance.now() + 300;
      while (performance.now() < until);
    };
    check();
  });
  await page.getByRole('button', { name: 'Measure localStorage' }).click();
  await eventually(() => closing, { message: 'the page to ask to be closed', timeout: 10_000 });
  await closing.done;
  const closedAfter = Date.now() - started;

  const next = await context.newPage();
  await visit(next, '/compare');
  await eventually(async () => (await probeKeys(next)).length === 0, { message: 'no test keys' });
  const note = next.getByRole('status', { name: 'Interrupted run' });
  const said = await note.innerText();
  console.log(`closed ${closedAfter} ms after the click; next load: ${said}`);
  assert.match(said, /An earlier run of the localStorage quota measurement, started at [\d:]+, did not finish\./);
  assert.match(said, /at [\d:]+, (its leftovers were removed|its test data was removed at once)/);
  assert.equal(await next.evaluate(() => localStorage.getItem('stl:experiment-running')), null);
  assert.equal(await next.evaluate(() => localStorage.getItem('other-app:keep')), 'k');
  // Back to what it was, plus the short note about the cleanup itself.
  const note_ = await next.evaluate(() => localStorage.getItem('stl:experiment-leftovers') ?? '');
  assert.equal((await usage(next)) - 'stl:experiment-leftovers'.length - note_.length, baseline);
  await context.close();
});

test('leftovers a crashed run left (probe keys in both storages, a probe cookie, the marker) go on the next load of any page, and nothing else', async () => {
  const { context, page } = await openPage('/');
  await page.evaluate(() => {
    localStorage.setItem('stl:quota-probe-0', 'x'.repeat(2_000_000));
    localStorage.setItem('stl:quota-probe-1', 'x'.repeat(1000));
    localStorage.setItem('stl:experiment-running', JSON.stringify({ experiment: 'quota-localStorage', startedAt: Date.now() - 5000 }));
    localStorage.setItem('other-app:quota-probe-0', 'not ours');
    sessionStorage.setItem('stl:quota-probe-0', 'x'.repeat(500));
    sessionStorage.setItem('stl:draft', 'mine');
    document.cookie = 'stl_probe_n007=1; Path=/';
    document.cookie = 'learner_theme=dark; Path=/';
  });
  await page.reload();
  await waitForInteractive(page);
  await eventually(
    () =>
      page.evaluate(
        () =>
          !Object.keys(localStorage).some((k) => k.startsWith('stl:quota-probe-')) &&
          !Object.keys(sessionStorage).some((k) => k.startsWith('stl:quota-probe-')) &&
          !document.cookie.includes('stl_probe_'),
      ),
    { message: 'leftovers removed' },
  );
  const kept = await page.evaluate(() => ({
    other: localStorage.getItem('other-app:quota-probe-0'),
    draft: sessionStorage.getItem('stl:draft'),
    marker: localStorage.getItem('stl:experiment-running'),
    cookie: document.cookie,
  }));
  assert.deepEqual(kept, { other: 'not ours', draft: 'mine', marker: null, cookie: 'learner_theme=dark' });
  await visit(page, '/compare');
  const said = await page.getByRole('status', { name: 'Interrupted run' }).innerText();
  assert.match(said, /On the next page load, at [\d:]+, its leftovers were removed: 3 test keys \(2,001,5\d\d characters\) and 1 test cookie\./);
  await context.close();
});

test('the simulated full jar shows a page pushing out 31 cookies it never saw, and touches no real cookie', async () => {
  const { context, page, errors } = await openPage('/lessons/cookie-options/limits');
  await context.addCookies([{ name: 'server_only', value: 'y', domain: host, path: '/', httpOnly: true }]);
  const before = (await context.cookies()).map((c) => `${c.name}=${c.value}@${c.path}`).sort();
  await page.getByRole('button', { name: 'Fill a pretend jar past the limit' }).click();
  const outcome = page.getByRole('region', { name: 'Pretend jar past the limit' });
  await outcome.waitFor({ timeout: 30_000 });
  const text = await outcome.innerText();
  assert.match(text, /deleted the 31 least recently used, down to 150: 20 HttpOnly/);
  assert.match(text, /11 of \/other-app/);
  assert.match(text, /now shows 141 cookies, all 141 the page wrote/);
  assert.deepEqual((await context.cookies()).map((c) => `${c.name}=${c.value}@${c.path}`).sort(), before);
  assert.deepEqual(errors, []);
  await context.close();
});
