import { useId } from 'react';
import { SourceBadge, type SourcedBoxProps } from '../ui/source-badge.tsx';

/** One experiment: a heading, what it does, its button(s) and outcome. `simulated` labels what is not this browser. */
export function ExperimentBox({ title, simulated, realServer, children }: SourcedBoxProps) {
  const headingId = useId();
  return (
    <section className="experiment" aria-labelledby={headingId}>
      <h3 id={headingId} className="experiment-title">
        {title}{' '}
        <SourceBadge simulated={simulated} realServer={realServer} />
      </h3>
      {children}
    </section>
  );
}

/** Shown instead of an experiment's button while nothing has been written everywhere yet. */
export function NeedsEntry() {
  return <p className="muted">Write a value everywhere first (the form above), then run this.</p>;
}
