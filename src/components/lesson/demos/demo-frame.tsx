import type { ReactNode } from 'react';

/**
 * The box every interactive demo sits in; `simulated` labels what is not the real browser, and
 * `realServer` a demo whose requests the course's real HTTP server answers (CONTRACT.md, Real server mode).
 */
export function DemoFrame({
  title,
  simulated = false,
  realServer = false,
  children,
}: {
  readonly title: string;
  readonly simulated?: boolean;
  readonly realServer?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <section className="demo" aria-label={title}>
      <p className="demo-title">
        {title}{' '}
        {realServer ? (
          <span className="badge badge-real">real server</span>
        ) : simulated ? (
          <span className="badge badge-simulated">simulated</span>
        ) : (
          <span className="badge badge-live">real browser</span>
        )}
      </p>
      {children}
    </section>
  );
}
