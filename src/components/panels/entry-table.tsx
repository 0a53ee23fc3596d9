import { memo, type ReactNode } from 'react';

/** Anything with a name and a value: web storage entries (`key`), cookies and URL parts (`name`). */
export type EntryRow = { readonly key: string; readonly value: string } | { readonly id: string; readonly name: string; readonly value: string };

const rowName = (row: EntryRow): string => ('key' in row ? row.key : row.name);
const rowId = (row: EntryRow): string => ('key' in row ? row.key : row.id);

export interface ExtraColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
}

interface EntryTableProps<Row extends EntryRow> {
  readonly caption: string;
  readonly rows: readonly Row[];
  readonly highlight?: readonly string[] | undefined;
  readonly renderValue: (row: Row) => ReactNode;
  readonly extraColumns?: readonly ExtraColumn<Row>[];
  readonly actions?: ((row: Row) => ReactNode) | undefined;
  /** Change this when the columns' rendering changes (e.g. a "decoded" toggle): rows re-render only then. */
  readonly columnsKey?: string;
}

interface RowViewProps {
  readonly columnsKey: string;
  readonly row: EntryRow;
  readonly highlighted: boolean;
  readonly cells: ReactNode;
}

/**
 * Rows memoise on the entry object, which the stores reuse while it is unchanged: one write
 * re-renders one row, however many entries are stored. Cell renderers must therefore only use
 * stable handlers (store methods, state setters).
 */
const RowView = memo(
  function RowView({ row, highlighted, cells }: RowViewProps) {
    return (
      <tr className={highlighted ? 'row-highlighted' : undefined} title={highlighted ? 'This step is about this entry' : undefined}>
        <th scope="row" className="cell-name">
          {rowName(row) === '' ? <span className="muted">(no name)</span> : rowName(row)}
        </th>
        {cells}
      </tr>
    );
  },
  (before, after) =>
    before.row === after.row && before.highlighted === after.highlighted && before.columnsKey === after.columnsKey,
);

/** A DevTools-like table: first cell the name, second the value as stored. */
export function EntryTable<Row extends EntryRow>({
  caption,
  rows,
  highlight,
  renderValue,
  extraColumns = [],
  actions,
  columnsKey = '',
}: EntryTableProps<Row>) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={`${caption} (scrollable)`}>
      <table className="entry-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            {extraColumns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RowView
              key={rowId(row)}
              row={row}
              columnsKey={columnsKey}
              highlighted={highlight?.includes(rowName(row)) ?? false}
              cells={
                <>
                  <td className="cell-value">{renderValue(row)}</td>
                  {extraColumns.map((column) => (
                    <td key={column.header}>{column.cell(row)}</td>
                  ))}
                  {actions ? <td className="cell-actions">{actions(row)}</td> : null}
                </>
              }
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
