import { useState } from 'react';
import { routerBasename } from '../../config/env.ts';
import { useCompareResults } from '../../hooks/use-compare-results.ts';
import type { CompareEntry } from '../../config/paths.ts';
import { compareResults } from '../../stores/experiments/experiment-results.ts';
import type { PretendRunContext } from '../../stores/experiments/pretend-compare-run.ts';
import { readEverywhere, windowTabView } from '../../stores/experiments/read-everywhere.ts';
import { HttpLog } from '../pretend/http-log.tsx';
import { useRealServer } from '../../hooks/use-course-server.ts';
import { ExperimentBox, NeedsEntry } from './experiment-box.tsx';
import { PresenceList } from './presence-list.tsx';
import { RestartOutcomeView } from './restart-outcome.tsx';
import { AlertLine } from '../ui/alert-line.tsx';

type Experiment = 'request' | 'httpOnly' | 'restart';

const loadRunner = () => import('../../stores/experiments/pretend-compare-run.ts');
const loadRealRequest = () => import('../../stores/real-server/real-compare-request.ts');

/** The three experiments a static page can only simulate: restart, a server request, an HttpOnly cookie. */
export function PretendExperiments({ entry }: { readonly entry: CompareEntry | null }) {
  const results = useCompareResults();
  const realServer = useRealServer().status === 'real';
  const [busy, setBusy] = useState<Experiment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (experiment: Experiment): Promise<void> => {
    if (entry === null) return;
    setBusy(experiment);
    setFailure(null);
    try {
      const runner = await loadRunner();
      const context: PretendRunContext = { basePath: routerBasename(), entry, tabHasCookie: readEverywhere(windowTabView(window), entry.name).cookies !== null };
      if (experiment === 'request') {
        const request = realServer ? await (await loadRealRequest()).sendRealCompareRequest(entry) : await runner.sendCompareRequest(context);
        compareResults.record({ request });
      }
      if (experiment === 'httpOnly') compareResults.record({ httpOnly: await runner.readHttpOnlyCookie(context) });
      if (experiment === 'restart') compareResults.record({ restart: await runner.simulateRestart(context) });
    } catch (error) {
      setFailure(`The pretend browser could not run this (${error instanceof Error ? error.message : String(error)}). Reload and try again.`);
    } finally {
      setBusy(null);
    }
  };

  const button = (experiment: Experiment, label: string) =>
    entry === null ? (
      <NeedsEntry />
    ) : (
      <button type="button" onClick={() => void run(experiment)} disabled={busy !== null}>
        {busy === experiment ? 'Running…' : label}
      </button>
    );

  return (
    <>
      <ExperimentBox title="Restart the browser" simulated>
        <p>
          A web page cannot restart your browser (nor should it be able to). So this runs in the pretend browser: it holds a copy of your cookie as a
          session cookie and a second one with <code>Max-Age</code>, then “restarts”. Real browsers drop session cookies and sessionStorage on
          restart — unless “continue where you left off” restores them.
        </p>
        {button('restart', 'Restart the pretend browser')}
        {results.restart ? <RestartOutcomeView outcome={results.restart} /> : null}
      </ExperimentBox>
      <ExperimentBox title="Send a request to the server" simulated realServer={realServer}>
        {realServer ? (
          <p>
            Your browser sends this page’s path and query to the course’s real server, with whatever cookies it holds for it; the server says
            what arrived. Which values travel?
          </p>
        ) : (
          <p>
            The pretend browser requests this page’s URL from a pretend copy of this site’s server, carrying the cookie only if this tab has it.
            Which values travel?
          </p>
        )}
        {button('request', 'Send the request')}
        {results.request ? (
          <div role="status" aria-label="What travelled">
            <PresenceList presence={results.request.travelled} label="What travelled with the request" kept="travelled" lost="not in the request" />
          </div>
        ) : null}
      </ExperimentBox>
      <ExperimentBox title="Read from page JavaScript" simulated>
        <p>The pretend server signs you in with an HttpOnly session cookie. What does the page’s document.cookie show?</p>
        {button('httpOnly', 'Sign in and read document.cookie')}
        {results.httpOnly ? (
          <div role="status" aria-label="What page JavaScript sees">
            <p>
              In the jar: {results.httpOnly.jar.map((row) => `${row.name}${row.httpOnly ? ' (HttpOnly)' : ''}`).join(', ') || 'nothing'}.
            </p>
            <p>
              document.cookie: <code>{results.httpOnly.documentCookie === '' ? '(empty string)' : results.httpOnly.documentCookie}</code>
            </p>
            <p>{results.httpOnly.hiddenFromJs ? 'The HttpOnly session id is missing: scripts (and any injected script) cannot read it, yet it goes with every request.' : 'Unexpected: the HttpOnly cookie was visible.'}</p>
          </div>
        ) : null}
      </ExperimentBox>
      <AlertLine message={failure} />
      {results.request || results.httpOnly || results.restart ? <HttpLog /> : null}
    </>
  );
}
