import type { FlaskValue } from '../../stores/flask-session/index.ts';
import { pythonRepr, pythonStrRepr, pythonTypeName, travelsAs, type ReprHelpers } from './python-repr.ts';

/**
 * The session as a Flask view sees it: one row per key with its Python type and repr(). Every
 * value is rendered as text — a Markup value shows its HTML source, never rendered HTML.
 */
export function TypedSessionView({ value, helpers }: { readonly value: FlaskValue; readonly helpers: ReprHelpers }) {
  const rows: readonly (readonly [string | null, FlaskValue])[] = value.type === 'dict' ? [...value.entries] : [[null, value]];
  return (
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
          {rows.map(([key, item], i) => (
            <tr key={key ?? `#${i}`}>
              <th scope="row">
                <code className="learner-value">{key === null ? '(the whole session)' : pythonStrRepr(key)}</code>
              </th>
              <td>
                <code>{pythonTypeName(item)}</code>
              </td>
              <td>
                <code className="learner-value flask-repr">{pythonRepr(item, helpers)}</code>
              </td>
              <td className="muted">{travelsAs(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
