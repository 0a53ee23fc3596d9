import { SourceBadge, type SourcedBoxProps } from '../../ui/source-badge.tsx';

/**
 * The box every interactive demo sits in; `simulated` labels what is not the real browser, and
 * `realServer` a demo whose requests the course's real HTTP server answers (CONTRACT.md, Real server mode).
 */
export function DemoFrame({ title, simulated, realServer, children }: SourcedBoxProps) {
  return (
    <section className="demo" aria-label={title}>
      <p className="demo-title">
        {title}{' '}
        <SourceBadge simulated={simulated} realServer={realServer} />
      </p>
      {children}
    </section>
  );
}
