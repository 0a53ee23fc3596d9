// Client navigation timing for `npm run bench` (scripts/bench.mjs): in Chromium, on the built site, from a
// learner's click on a lesson step's "Next" link to the next step's own content painted.
//
// How one sample is taken, inside the page:
// - start: the click event's own timestamp (`event.timeStamp`, the time the browser received the input,
//   https://developer.mozilla.org/en-US/docs/Web/API/Event/timeStamp), taken by a capturing listener, so
//   the input delay counts;
// - content: a MutationObserver sees the article hold the next step's heading (its title, from the course
//   outline) and its own prose (the first and the last paragraph that follow the heading in the step's
//   prerendered HTML file), with the address on the new step: a changed URL or a "Loading…" placeholder is
//   not the step;
// - painted: the first task after the next animation frame (requestAnimationFrame, then a MessageChannel
//   message), i.e. after the frame that shows the content was rendered.
// The navigation must stay in the page (a marker on `window` survives, no document is fetched): a full page
// load is reported as an error, not as a sample. Whatever the step needs to show its text — the lesson's or
// the step's own chunk — is part of the measurement; the first click after a page load is reported apart
// ("first nav") from the later ones ("warm"), with how many of them fetched code.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { readCourseOutline } from './course-routes.mjs';

/** Lessons measured with --quick: a short one, the path-param one, the longest, a heavy one. */
const QUICK_LESSONS = ['query-params', 'url-path', 'cookie-options', 'sessions'];
export const NAV_GOAL_MS = 50;
const VIEWPORT = { width: 1280, height: 720 };

/** The median of sorted samples (the mean of the middle two for an even count). */
function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile of sorted samples: with few samples p95 is the slowest, never an average. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The prerendered file for a URL path on the static server (`/lessons/x/y` → `<outDir>/lessons/x/y/index.html`). */
function prerenderedFile(outDir, pathname) {
  const file = resolve(outDir, decodeURIComponent(pathname).replace(/^\/+|\/+$/g, ''), 'index.html');
  return existsSync(file) ? file : null;
}

/** Waits until the page is hydrated, React holds its Next link, and no resource has started for `quietMs`. */
async function settle(page, nextLink, quietMs) {
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await nextLink.waitFor();
  await nextLink.evaluate(
    (link, quietMs) =>
      new Promise((done, fail) => {
        // Room for every entry (the default buffer keeps 250), so a quiet network is not a full buffer.
        performance.setResourceTimingBufferSize(10_000);
        const until = performance.now() + 15_000;
        const held = () => Object.keys(link).some((key) => key.startsWith('__reactProps$'));
        let count = performance.getEntriesByType('resource').length;
        let quietSince = performance.now();
        const check = () => {
          const now = performance.now();
          const seen = performance.getEntriesByType('resource').length;
          if (seen !== count) {
            count = seen;
            quietSince = now;
          }
          if (held() && now - quietSince >= quietMs) done();
          else if (now > until) fail(new Error('the page did not settle (hydrated Next link, quiet network) within 15 s'));
          else setTimeout(check, 25);
        };
        check();
      }),
    quietMs,
  );
}

/**
 * Clicks the Next link (a real, trusted click through Playwright) and returns the time from the click to
 * the next step's content, and to its paint, measured in the page.
 */
async function measureOneNext(page, nextLink, { title, firstText, lastText, pathname }) {
  await page.evaluate(
    ({ title, firstText, lastText, pathname }) => {
      const normal = (text) => text.replace(/\s+/g, ' ').trim();
      window.__benchNav = { marker: true };
      const probe = window.__benchNav;
      probe.done = new Promise((resolveDone) => {
        let start = null;
        // From before the pointer moves to the link: code fetched on hover or focus (on the way to the click) counts too.
        const setupAt = performance.now();
        const shown = () => {
          if (window.location.pathname !== pathname) return false;
          const article = document.querySelector('article');
          if (!article) return false;
          const heading = [...article.querySelectorAll('h2')].some((h) => normal(h.textContent ?? '') === title);
          if (!heading) return false;
          const text = normal(article.textContent ?? '');
          return text.includes(firstText) && text.includes(lastText);
        };
        let finished = false;
        const finish = (contentAt) => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const paintedAt = performance.now();
              const fetched = performance
                .getEntriesByType('resource')
                .filter((entry) => entry.startTime >= setupAt && /\.(m?js|css|json)(\?|$)/.test(entry.name))
                .map((entry) => new URL(entry.name).pathname);
              resolveDone({ content: contentAt - start, painted: paintedAt - start, fetched });
            };
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(() => {
          if (start !== null && shown()) finish(performance.now());
        });
        document.addEventListener(
          'click',
          (event) => {
            start = event.timeStamp;
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            // A render in the click's own task is seen by the observer; this catches content already there.
            queueMicrotask(() => {
              if (shown()) finish(performance.now());
            });
            setTimeout(() => {
              if (finished) return;
              finished = true;
              observer.disconnect();
              resolveDone({ error: `the step "${title}" was not shown within 5 s of the click` });
            }, 5_000);
          },
          { capture: true, once: true },
        );
      });
    },
    { title, firstText, lastText, pathname },
  );
  let documents = 0;
  const onRequest = (request) => {
    if (request.resourceType() === 'document') documents += 1;
  };
  page.on('request', onRequest);
  try {
    await nextLink.click({ timeout: 10_000 });
    const result = await Promise.race([
      page.evaluate(() => (window.__benchNav?.marker ? window.__benchNav.done : { error: 'the page was reloaded (not a client navigation)' })),
      new Promise((done) => setTimeout(() => done({ error: 'no answer from the page within 10 s of the click' }), 10_000)),
    ]);
    if (documents > 0 && !result.error) return { error: 'the click fetched a document (not a client navigation)' };
    return result;
  } finally {
    page.off('request', onRequest);
  }
}

/**
 * What the step must show, read from its prerendered HTML: its heading and the first and last paragraph
 * after it. Parsed in `parser`, a blank page of its own (the course's pages enforce Trusted Types).
 */
async function expectedContent(parser, html, title) {
  return parser.evaluate(
    ({ html, title }) => {
      const normal = (text) => text.replace(/\s+/g, ' ').trim();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const heading = [...doc.querySelectorAll('article h2')].find((h) => normal(h.textContent ?? '') === title);
      if (!heading) return null;
      const paragraphs = [];
      for (let el = heading.nextElementSibling; el && el.tagName !== 'H2' && el.tagName !== 'NAV'; el = el.nextElementSibling) {
        if (el.tagName === 'P' && normal(el.textContent ?? '').length > 0) paragraphs.push(normal(el.textContent ?? ''));
      }
      // A step with no paragraph of its own: its heading must still be followed by its first block's text.
      const fallback = normal(heading.nextElementSibling?.textContent ?? '') || title;
      return { firstText: paragraphs[0] ?? fallback, lastText: paragraphs.at(-1) ?? fallback };
    },
    { html, title },
  );
}

/** One fresh visitor: opens the lesson's first step, then follows Next through the lesson `walks` times (back with history in between). */
async function walkLesson(browser, parser, serverUrl, outDir, lesson, walks) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const samples = [];
  const errors = [];
  const nextLink = page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('link', { name: /^Next/ });
  try {
    await page.goto(`${serverUrl}/lessons/${lesson.slug}/`, { waitUntil: 'networkidle' });
    let first = true;
    for (let walk = 0; walk < walks; walk += 1) {
      for (let i = 0; i + 1 < lesson.steps.length; i += 1) {
        const target = lesson.steps[i + 1];
        await settle(page, nextLink, first ? 500 : 150);
        const href = await nextLink.getAttribute('href');
        const url = new URL(href ?? '', page.url());
        const file = prerenderedFile(outDir, url.pathname);
        if (!file) {
          errors.push(`${lesson.slug}: no prerendered file for ${url.pathname} (the Next link of step ${lesson.steps[i].id})`);
          return { samples, errors };
        }
        const expected = await expectedContent(parser, readFileSync(file, 'utf8'), target.title);
        if (!expected) {
          errors.push(`${lesson.slug}: ${url.pathname} has no heading "${target.title}"`);
          return { samples, errors };
        }
        const result = await measureOneNext(page, nextLink, { title: target.title, ...expected, pathname: url.pathname });
        if (result.error) {
          errors.push(`${lesson.slug} → ${target.id}: ${result.error}`);
          return { samples, errors };
        }
        if (process.env.BENCH_NAV_VERBOSE === '1') console.log(`  ${lesson.slug} → ${target.id}${first ? ' (first)' : ''}: ${result.content.toFixed(1)} / ${result.painted.toFixed(1)} ms ${result.fetched.join(' ')}`);
        samples.push({ ...result, first, step: target.id });
        first = false;
      }
      if (walk + 1 < walks) {
        // Back to the first step in the same page (popstate, a client navigation too, not measured).
        await page.evaluate((n) => history.go(-n), lesson.steps.length - 1);
        await page.waitForURL((u) => u.pathname.replace(/\/$/, '') === `/lessons/${lesson.slug}`);
      }
    }
  } catch (error) {
    errors.push(`${lesson.slug}: ${error.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  return { samples, errors };
}

const fmt = (ms) => (ms === undefined ? '—' : `${ms.toFixed(1)} ms`);

function summary(samples) {
  const sorted = samples.map((s) => s.painted).sort((a, b) => a - b);
  return { median: sorted.length ? median(sorted) : undefined, p95: sorted.length ? percentile(sorted, 95) : undefined, n: sorted.length, fetched: samples.filter((s) => s.fetched.length > 0).length };
}

/**
 * Measures and prints the client navigation figures. Returns `{ errors }`: a navigation that could not be
 * measured (no Next link, a full page load, a step never shown) is an error; the goal is only printed.
 */
export async function benchStepNavigation({ browser, serverUrl, outDir, quick }) {
  const outline = readCourseOutline().filter((lesson) => lesson.steps.length >= 2);
  const lessons = quick ? outline.filter((lesson) => QUICK_LESSONS.includes(lesson.slug)) : outline;
  const visitors = quick ? 2 : 4;
  const walks = quick ? 1 : 2;
  console.log(`\nClient navigation: click on a step's "Next" → the next step's heading and own text painted (goal < ${NAV_GOAL_MS} ms)`);
  console.log(`(${visitors} fresh visitors per lesson at ${VIEWPORT.width}×${VIEWPORT.height}, ${walks} walk(s) through the lesson each; "first nav" is the first click after the page loaded, "warm" the later ones; "fetched" counts navigations that loaded code)`);
  // Timings are wall clock on a machine others may share: the load says how to read them.
  console.log(`(machine load, 1-minute average: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);
  console.log(
    ['lesson'.padEnd(26), 'first nav median'.padStart(17), 'p95'.padStart(9), 'n'.padStart(4), 'warm median'.padStart(12), 'p95'.padStart(9), 'n'.padStart(4), 'fetched'.padStart(8)].join(' '),
  );
  const all = [];
  const errors = [];
  const parser = await browser.newPage();
  const row = (label, samples) => {
    const first = summary(samples.filter((s) => s.first));
    const warm = summary(samples.filter((s) => !s.first));
    console.log(
      [
        label.padEnd(26),
        fmt(first.median).padStart(17),
        fmt(first.p95).padStart(9),
        String(first.n).padStart(4),
        fmt(warm.median).padStart(12),
        fmt(warm.p95).padStart(9),
        String(warm.n).padStart(4),
        `${first.fetched + warm.fetched}/${first.n + warm.n}`.padStart(8),
      ].join(' '),
    );
  };
  for (const lesson of lessons) {
    const samples = [];
    for (let v = 0; v < visitors; v += 1) {
      const walked = await walkLesson(browser, parser, serverUrl, outDir, lesson, walks);
      samples.push(...walked.samples);
      errors.push(...walked.errors);
    }
    all.push(...samples);
    row(lesson.slug, samples);
  }
  await parser.close();
  row('overall', all);
  const overall = summary(all);
  const firstNav = summary(all.filter((s) => s.first));
  const warm = summary(all.filter((s) => !s.first));
  const contentSorted = all.map((s) => s.content).sort((a, b) => a - b);
  if (contentSorted.length) console.log(`click → content in the DOM (before paint): median ${fmt(median(contentSorted))}, p95 ${fmt(percentile(contentSorted, 95))}`);
  const met = overall.n > 0 && errors.length === 0 && firstNav.p95 < NAV_GOAL_MS && warm.p95 < NAV_GOAL_MS;
  console.log(
    `goal < ${NAV_GOAL_MS} ms to painted content (p95 of first navs and of warm navs): ${met ? 'met' : 'NOT met'} (first nav p95 ${fmt(firstNav.p95)}, warm p95 ${fmt(warm.p95)}, ${overall.n} navigations${errors.length ? `, ${errors.length} not measured` : ''})`,
  );
  for (const error of errors) console.log(`  not measured: ${error}`);
  return { errors };
}
