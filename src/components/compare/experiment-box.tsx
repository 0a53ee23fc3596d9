import { useId, type ReactNode } from 'react';

/** One experiment: a heading, what it does, its button(s) and outcome. `simulated` labels what is not this browser. */
export function ExperimentBox({
  title,
  simulated = false,
  realServer = false,
  children,
}: {
  readonly title: string;
  readonly simulated?: boolean;
  /** Answered by the course's real server (npm run dev / npm start): labelled `real server`. */
  readonly realServer?: boolean;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="experiment" aria-labelledby={headingId}>
      <h3 id={headingId} className="experiment-title">
        {title}{' '}
        {realServer ? (
          <span className="badge badge-real">real server</span>
        ) : simulated ? (
          <span className="badge badge-simulated">simulated</span>
        ) : (
          <span className="badge badge-live">real browser</span>
        )}
      </h3>
      {children}
    </section>
  );
}

/** Shown instead of an experiment's button while nothing has been written everywhere yet. */
export function NeedsEntry() {
  return <p className="muted">Write a value everywhere first (the form above), then run this.</p>;
}
