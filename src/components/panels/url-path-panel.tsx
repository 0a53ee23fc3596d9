import { PANEL_NAMES } from '../../config/mechanisms.ts';
import { useIsClient } from '../../hooks/use-is-client.ts';
import { useLivePath, type UrlPart } from '../../hooks/use-live-url.ts';
import { EntryTable } from './entry-table.tsx';
import { PanelFrame } from './panel-frame.tsx';
import { ValueText } from './value-text.tsx';

/** Highlights a named segment and the one after it (`fav-color`, then the colour). */
function highlightedPositions(parts: readonly UrlPart[], highlight: readonly string[] | undefined): string[] {
  if (!highlight) return [];
  return parts.flatMap((part, i) => (highlight.includes(part.value) ? [part.name, String(i + 2)] : []));
}

function PathTable({ highlight }: { readonly highlight?: readonly string[] | undefined }) {
  const { parts, raw } = useLivePath();
  return (
    <>
      <p className="panel-usage">
        <code className="raw-url">{raw}</code>
      </p>
      {parts.length === 0 ? (
        <p className="panel-message">The path is just “/”.</p>
      ) : (
        <EntryTable
          caption="Path segments by position (decoded)"
          rows={parts}
          highlight={highlightedPositions(parts, highlight)}
          renderValue={(part) => <ValueText value={part.value} label={`segment ${part.name}`} />}
        />
      )}
    </>
  );
}

export function UrlPathPanel({ highlight }: { readonly highlight?: readonly string[] | undefined }) {
  // The prerendered HTML cannot know the exact path the host served (a trailing slash, say).
  const isClient = useIsClient();
  return (
    <PanelFrame name={PANEL_NAMES.path} subtitle="This tab’s path, segment by segment. Sent to the server with the request.">
      {isClient ? <PathTable highlight={highlight} /> : <p className="panel-message">Reading this tab’s URL…</p>}
    </PanelFrame>
  );
}
