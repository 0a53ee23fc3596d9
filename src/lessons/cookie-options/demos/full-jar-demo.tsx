import { useState } from 'react';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';
import type { JarCookieRow } from '../../../stores/pretend-http/http-types.ts';
import type { FullJarOutcome } from '../../../stores/pretend-http/full-jar-scenario.ts';

// The limit and the purge (180 → 150) follow Chromium and Firefox; sources in stores/pretend-http/cookie-eviction.ts.
const names = (rows: readonly JarCookieRow[]): string => rows.map((row) => row.name).join(', ');

function Outcome({ outcome }: { readonly outcome: FullJarOutcome }) {
  const httpOnly = outcome.evicted.filter((row) => row.httpOnly);
  const otherPath = outcome.evicted.filter((row) => !row.httpOnly && row.path !== '/');
  const pages = outcome.evicted.filter((row) => !row.httpOnly && row.path === '/');
  const total = outcome.hiddenBefore + outcome.pageWrote;
  return (
    <section aria-label="Pretend jar past the limit" className="demo-result">
      <ul>
        <li>
          Before: the pretend site held {outcome.hiddenBefore} cookies its page could not see — HttpOnly ones its server set, and ones on{' '}
          <code>Path=/other-app</code>. <code>document.cookie</code> showed {outcome.visibleBefore}.
        </li>
        <li>
          The page wrote {outcome.pageWrote} cookies, one by one: {total} in all, {total > 180 ? `${total - 180} over the limit of 180` : 'within the limit'}.
        </li>
        <li>
          The jar deleted the <strong>{outcome.evicted.length} least recently used</strong>, down to {outcome.heldAfter}: {httpOnly.length} HttpOnly (
          {names(httpOnly)}) and {otherPath.length} of <code>/other-app</code> ({names(otherPath)})
          {pages.length > 0 ? `, and ${pages.length} of the page's own (${names(pages)})` : ''}.
        </li>
        <li>
          <code>document.cookie</code> now shows {outcome.visibleAfter} cookies, all {outcome.pageWrote} the page wrote: from the page, nothing seems
          lost. That is why the real measurement above stops at 20 test cookies.
        </li>
      </ul>
    </section>
  );
}

/** Simulated: a page fills its site's jar past the per-site limit and pushes out cookies it never saw. */
export function FullJarDemo() {
  const [outcome, setOutcome] = useState<FullJarOutcome | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = (): void => {
    setRunning(true);
    setProblem(null);
    void Promise.all([import('../../../stores/pretend-http/pretend-cookie-jar.ts'), import('../../../stores/pretend-http/full-jar-scenario.ts')])
      .then(([jarModule, scenario]) => scenario.runFullJarScenario(jarModule.createPretendCookieJar()))
      .then(setOutcome, (error: unknown) => setProblem(`The simulation stopped: ${error instanceof Error ? error.message : String(error)}.`))
      .finally(() => setRunning(false));
  };

  return (
    <DemoFrame title="Past the limit, in a pretend jar" simulated>
      <p>
        A pretend site, in a cookie jar of its own (your real cookies are not involved): its server has set 20 HttpOnly cookies and 20 on{' '}
        <code>Path=/other-app</code>; then its page writes cookies until the site passes 180.
      </p>
      <button type="button" onClick={run} disabled={running}>
        Fill a pretend jar past the limit
      </button>
      {running ? <p role="status">Filling the pretend jar…</p> : null}
      {problem ? (
        <p role="alert" className="panel-alert">
          {problem}
        </p>
      ) : null}
      {outcome ? <Outcome outcome={outcome} /> : null}
    </DemoFrame>
  );
}
