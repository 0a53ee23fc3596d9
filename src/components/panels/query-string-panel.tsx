import { PANEL_NAMES } from '../../config/mechanisms.ts';
import { useLiveQuery } from '../../hooks/use-live-url.ts';
import { EntryTable } from './entry-table.tsx';
import { PanelFrame } from './panel-frame.tsx';
import { ValueText } from './value-text.tsx';

export function QueryStringPanel({ highlight }: { readonly highlight?: readonly string[] | undefined }) {
  const live = useLiveQuery();
  return (
    <PanelFrame name={PANEL_NAMES.query} subtitle="This tab’s address bar after “?”. Sent to the server with the request.">
      {live === null ? <p className="panel-message">Reading this tab’s URL…</p> : null}
      {live !== null && live.parts.length === 0 ? <p className="panel-message">This URL has no query string.</p> : null}
      {live !== null && live.parts.length > 0 ? (
        <>
          <p className="panel-usage">
            <code className="raw-url">{live.raw}</code>
          </p>
          <EntryTable
            caption="Query parameters (decoded)"
            rows={live.parts}
            highlight={highlight}
            renderValue={(part) => <ValueText value={part.value} label={part.name} />}
          />
        </>
      ) : null}
    </PanelFrame>
  );
}
