import type { ReactNode } from 'react';
import type { CourseServerPage } from '../../../hooks/use-course-server-page.ts';
import { PretendConversation } from '../../pretend/pretend-conversation.tsx';
import { DemoFrame } from './demo-frame.tsx';

interface CourseServerDemoProps {
  readonly conversation: CourseServerPage;
  /** The demo's title with the course's real server answering, and with the pretend one. */
  readonly titles: { readonly real: string; readonly simulated: string };
  readonly emptyText: string;
  /** Cookie names to highlight in the pretend jar. */
  readonly jarHighlight: readonly string[];
  /** The demo's controls (and anything shown above the conversation). */
  readonly children: ReactNode;
}

/**
 * A lecture demo that talks to the course's server (src/server/): titled and labelled `real
 * server` when the real one answers, else `simulated`; its controls, then the page, the HTTP
 * log, the diagram and the jar (CONTRACT.md, Real server mode).
 */
export function CourseServerDemo({ conversation, titles, emptyText, jarHighlight, children }: CourseServerDemoProps) {
  const { server, page } = conversation;
  const real = server.mode === 'real';
  return (
    <DemoFrame title={real ? titles.real : titles.simulated} simulated realServer={real}>
      {children}
      <PretendConversation failure={server.failure} page={page} loading={server.loading} mode={server.mode} emptyText={emptyText} jarHighlight={jarHighlight} />
    </DemoFrame>
  );
}
