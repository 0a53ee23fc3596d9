import { useState, type ReactNode } from 'react';
import { usePretendBrowser } from '../../../hooks/use-pretend-browser.ts';
import { HttpLog } from '../../pretend/http-log.tsx';
import { PretendJarTable } from '../../pretend/pretend-jar-table.tsx';
import { SequenceDiagram } from '../../pretend/sequence-diagram.tsx';
import { InlineText } from '../../ui/inline-text.tsx';
import { DemoFrame } from './demo-frame.tsx';
import { ExperimentResults } from './experiment-results.tsx';
import { runExperiment, type Experiment, type ExperimentResult } from './pretend-experiments.ts';
import '../../pretend/pretend.css';

interface LastRun {
  readonly label: string;
  readonly results: readonly ExperimentResult[];
}

export interface ExperimentRunner {
  readonly run: (experiment: Experiment) => void;
  /** The label of the experiment under way, or null. */
  readonly running: string | null;
  readonly last: LastRun | null;
  readonly loading: boolean;
  readonly failure: string | null;
}

/** Runs experiments one at a time through the page's pretend browser (loading it on first use). */
export function useExperimentRunner(): ExperimentRunner {
  const { load, status, failure } = usePretendBrowser();
  const [running, setRunning] = useState<string | null>(null);
  const [last, setLast] = useState<LastRun | null>(null);
  const run = (experiment: Experiment): void => {
    setRunning(experiment.label);
    load()
      .then((browser) => runExperiment(browser, experiment, new Date()))
      .then((results) => setLast({ label: experiment.label, results }))
      .catch(() => {
        // A failed load is reported through `failure`; the prepared URLs are all valid.
      })
      .finally(() => setRunning(null));
  };
  return { run, running, last, loading: status === 'loading', failure };
}

interface LabOutputProps {
  readonly runner: ExperimentRunner;
  readonly showDiagram?: boolean;
  readonly children?: ReactNode;
}

/** Under a lab's controls: what the last experiment did, then the jar and the raw HTTP log. */
export function LabOutput({ runner, showDiagram = false, children }: LabOutputProps) {
  return (
    <>
      {runner.loading ? <p role="status">Loading the pretend browser…</p> : null}
      {runner.failure ? (
        <p role="alert" className="panel-alert">
          {runner.failure}
        </p>
      ) : null}
      {runner.last ? <ExperimentResults label={runner.last.label} results={runner.last.results} /> : null}
      {children}
      <PretendJarTable />
      <div className="pretend-grid">
        <HttpLog />
        {showDiagram ? <SequenceDiagram /> : null}
      </div>
    </>
  );
}

interface PretendLabProps {
  readonly title: string;
  readonly experiments: readonly Experiment[];
  /** Extra tools between the results and the jar (a pretend console). */
  readonly children?: ReactNode;
  readonly showDiagram?: boolean;
}

/** Buttons that send prepared requests through the pretend browser, then what was set and sent. */
export function PretendLab({ title, experiments, children, showDiagram = false }: PretendLabProps) {
  const runner = useExperimentRunner();
  return (
    <DemoFrame title={title} simulated>
      <ol className="experiment-list">
        {experiments.map((experiment) => (
          <li key={experiment.label}>
            <button type="button" disabled={runner.running !== null} onClick={() => runner.run(experiment)}>
              {experiment.label}
            </button>
            <p>
              <InlineText text={experiment.explain} />
            </p>
          </li>
        ))}
      </ol>
      <LabOutput runner={runner} showDiagram={showDiagram}>
        {children}
      </LabOutput>
    </DemoFrame>
  );
}
