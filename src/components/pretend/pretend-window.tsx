import type { Exchange } from '../../stores/pretend-http/http-types.ts';
import './pretend.css';

interface PretendWindowProps {
  /** The exchange whose response the window shows; null before the first request. */
  readonly exchange: Exchange | null;
  readonly loading: boolean;
  readonly emptyText: string;
}

/** A tiny browser window: the address bar and the text of the page the pretend server sent. */
export function PretendWindow({ exchange, loading, emptyText }: PretendWindowProps) {
  return (
    <section className="pretend-window" aria-label="Pretend browser window">
      <p className="pretend-address">
        <span className="visually-hidden">Address: </span>
        {exchange ? exchange.url : 'about:blank'}{' '}
        {exchange?.transport === 'real' ? <span className="badge badge-real">real server</span> : <span className="badge badge-simulated">simulated</span>}
      </p>
      <pre aria-live="polite">
        {loading ? 'Loading the pretend browser…' : exchange ? exchange.responseBody : emptyText}
      </pre>
    </section>
  );
}
