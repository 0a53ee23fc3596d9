import type { ReactNode } from 'react';

/**
 * Where what a box shows comes from: this browser for real, the pretend server in the page
 * (`simulated`), or the course's real HTTP server (`realServer`: npm run dev / npm start).
 */
export function SourceBadge({ simulated = false, realServer = false }: { readonly simulated?: boolean; readonly realServer?: boolean }) {
  if (realServer) return <span className="badge badge-real">real server</span>;
  if (simulated) return <span className="badge badge-simulated">simulated</span>;
  return <span className="badge badge-live">real browser</span>;
}

/** A titled box (a demo, an experiment) labelled with where its content comes from. */
export interface SourcedBoxProps {
  readonly title: string;
  readonly simulated?: boolean;
  /** Answered by the course's real server (npm run dev / npm start): labelled `real server`. */
  readonly realServer?: boolean;
  readonly children: ReactNode;
}
