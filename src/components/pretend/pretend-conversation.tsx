import type { Exchange } from '../../stores/pretend-http/http-types.ts';
import { HttpLog } from './http-log.tsx';
import { PretendJarTable } from './pretend-jar-table.tsx';
import { PretendWindow } from './pretend-window.tsx';
import { SequenceDiagram } from './sequence-diagram.tsx';
import './pretend.css';

interface PretendConversationProps {
  readonly failure: string | null;
  readonly page: Exchange | null;
  readonly loading: boolean;
  readonly emptyText: string;
  /** Show the pretend jar, highlighting these cookie names; omit for a demo without cookies. */
  readonly jarHighlight?: readonly string[];
  /** `real`: the learner's own browser talked to the real server, so its own jar holds the cookies. */
  readonly mode?: 'real' | 'simulated';
}

/** What every pretend-server demo shows under its controls: the page, the raw log, the diagram, the jar. */
export function PretendConversation({ failure, page, loading, emptyText, jarHighlight, mode = 'simulated' }: PretendConversationProps) {
  return (
    <>
      {failure ? (
        <p role="alert" className="panel-alert">
          {failure}
        </p>
      ) : null}
      <PretendWindow exchange={page} loading={loading} emptyText={emptyText} />
      <div className="pretend-grid">
        <HttpLog />
        <SequenceDiagram />
      </div>
      {jarHighlight && mode === 'simulated' ? <PretendJarTable highlight={jarHighlight} /> : null}
      {jarHighlight && mode === 'real' ? (
        <p className="panel-note">
          These cookies are in your browser&rsquo;s own jar: the Cookies panel shows the ones page JavaScript can see, and what the server
          received. HttpOnly cookies are really hidden from it: DevTools → Application → Cookies lists them all, and the Network tab shows
          each Set-Cookie.
        </p>
      ) : null}
    </>
  );
}
