import { useState } from 'react';
import type { FlaskValue } from '../../stores/flask-session/index.ts';
import { ShowMore } from '../ui/show-more.tsx';
import { capText, formatCount, SHOWN_REPR_CHARS_STEP, SHOWN_ROWS_STEP } from './display-limits.ts';
import { pythonRepr, pythonStrRepr, pythonTypeName, travelsAs, type ReprHelpers } from './python-repr.ts';
import './flask-session.css';

/**
 * The session as a Flask view sees it: one row per key with its Python type and repr(). Every
 * value is rendered as text — a Markup value shows its HTML source, never rendered HTML. Rows and
 * long values are shown a part at a time (display-limits.ts). Give it a `key` per cookie.
 */
export function TypedSessionView({ value, helpers }: { readonly value: FlaskValue; readonly helpers: ReprHelpers }) {
  const [rowLimit, setRowLimit] = useState(SHOWN_ROWS_STEP);
  const rows: readonly (readonly [string | null, FlaskValue])[] = value.type === 'dict' ? [...value.entries] : [[null, value]];
  const shownRows = rows.slice(0, rowLimit);
  return (
    <div className="flask-typed-view">
      <div className="table-scroll" tabIndex={0} role="group" aria-label="Typed values (scrollable)">
        <table className="content-table flask-typed">
          <caption>What your Flask view gets from <code>session</code> (Python)</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Python type</th>
              <th scope="col">Value, as Python’s repr() prints it</th>
              <th scope="col">In the cookie as</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4}>An empty session: {'{}'}</td>
              </tr>
            ) : null}
            {shownRows.map(([key, item], i) => (
              <tr key={key ?? `#${i}`}>
                <th scope="row">
                  <code className="learner-value">{key === null ? '(the whole session)' : capText(pythonStrRepr(key), SHOWN_REPR_CHARS_STEP).text}</code>
                </th>
                <td>
                  <code>{pythonTypeName(item)}</code>
                </td>
                <td>
                  <ReprCell value={item} helpers={helpers} />
                </td>
                <td className="muted">{travelsAs(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shownRows.length ? (
        <ShowMore hidden={`${formatCount(rows.length - shownRows.length)} more keys`} onMore={() => setRowLimit((n) => n + SHOWN_ROWS_STEP)} />
      ) : null}
    </div>
  );
}

function ReprCell({ value, helpers }: { readonly value: FlaskValue; readonly helpers: ReprHelpers }) {
  const [limit, setLimit] = useState(SHOWN_REPR_CHARS_STEP);
  const shown = capText(pythonRepr(value, helpers), limit);
  return (
    <>
      <code className="learner-value flask-repr">{shown.text}</code>
      {shown.hiddenChars > 0 ? (
        <ShowMore hidden={`${formatCount(shown.hiddenChars)} more characters`} onMore={() => setLimit((n) => n + SHOWN_REPR_CHARS_STEP * 10)} />
      ) : null}
    </>
  );
}
