import type { Exchange } from '../../stores/pretend-http/http-types.ts';
import { HttpLog } from './http-log.tsx';
import { PretendJarTable } from './pretend-jar-table.tsx';
import { PretendWindow } from './pretend-window.tsx';
import { SequenceDiagram } from './sequence-diagram.tsx';

interface PretendConversationProps {
  readonly failure: string | null;
  readonly page: Exchange | null;
  readonly loading: boolean;
  readonly emptyText: string;
  /** Show the pretend jar, highlighting these cookie names; omit for a demo without cookies. */
  readonly jarHighlight?: readonly string[];
}

/** What every pretend-server demo shows under its controls: the page, the raw log, the diagram, the jar. */
export function PretendConversation({ failure, page, loading, emptyText, jarHighlight }: PretendConversationProps) {
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
      {jarHighlight ? <PretendJarTable highlight={jarHighlight} /> : null}
    </>
  );
}
