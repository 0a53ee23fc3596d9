import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from '../ui/error-boundary.tsx';

interface PanelFrameProps {
  /** The accessible name from CONTRACT.md. */
  readonly name: string;
  readonly subtitle: string;
  readonly simulated?: boolean;
  readonly children: ReactNode;
}

/** The one frame every storage panel shares: a named region, a live/simulated badge, an error boundary. */
export function PanelFrame({ name, subtitle, simulated = false, children }: PanelFrameProps) {
  const headingId = useId();
  return (
    <section role="region" aria-labelledby={headingId} className="panel">
      <header className="panel-header">
        <h2 id={headingId} className="panel-title">
          {name}
        </h2>
        <span className={simulated ? 'badge badge-simulated' : 'badge badge-live'}>{simulated ? 'simulated' : 'live'}</span>
      </header>
      <p className="panel-subtitle">{subtitle}</p>
      {/* One panel failing never takes the page down with it: it says so and offers to try again. */}
      <ErrorBoundary label={`The ${name} panel`}>{children}</ErrorBoundary>
    </section>
  );
}
