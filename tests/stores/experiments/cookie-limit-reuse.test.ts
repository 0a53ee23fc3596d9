import { expect, test } from 'vitest';
import { runCookieLimitProbe, type CookieAccess } from '../../../src/stores/cookie-limit-probe-run.ts';
import { createExperimentResultsStore } from '../../../src/stores/experiments/experiment-results.ts';
import { factCell } from '../../../src/components/compare/measured-facts.ts';

/** A cookie jar that keeps name + value up to 4096 bytes and at most 180 cookies, like Chromium. */
function fakeJar(): CookieAccess & { jar: Map<string, string> } {
  const jar = new Map<string, string>([['learner', 'keep']]);
  return {
    jar,
    read: () => [...jar].map(([n, v]) => `${n}=${v}`).join('; '),
    write: (header) => {
      const [pair = '', ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1);
      if (attributes.some((a) => /max-age=0$/i.test(a.trim()))) jar.delete(name);
      else if (name.length + value.length <= 4096 && (jar.has(name) || jar.size < 180)) jar.set(name, value);
    },
  };
}

test('the compare table’s cookie capacity comes from the reused cookie limit probe, which cleans up after itself', async () => {
  const access = fakeJar();
  const report = await runCookieLimitProbe({ access, path: '/' });
  expect(report.size.largestKept).toBe(4096);
  expect(report.count.held).toBe(21);
  expect([...access.jar.keys()]).toEqual(['learner']);
  const results = createExperimentResultsStore();
  results.record({ cookieLimit: { ...report, elapsedMs: 5 } });
  expect(factCell('cookies', 'capacity', results.getSnapshot())).toEqual({ text: '4,096 bytes each (name + value); at least 21 at once (the test stops far below the ~180 limit)', source: 'measured' });
});
