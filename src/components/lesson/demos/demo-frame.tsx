import type { ReactNode } from 'react';

/** The box every interactive demo sits in; `simulated` labels what is not the real browser. */
export function DemoFrame({ title, simulated = false, children }: { readonly title: string; readonly simulated?: boolean; readonly children: ReactNode }) {
  return (
    <section className="demo" aria-label={title}>
      <p className="demo-title">
        {title} {simulated ? <span className="badge badge-simulated">simulated</span> : <span className="badge badge-live">real browser</span>}
      </p>
      {children}
    </section>
  );
}
