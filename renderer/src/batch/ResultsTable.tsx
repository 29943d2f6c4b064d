import type { BatchTable } from '../../../shared/api/contract';
import { shownColumns, sortBy, visibleRows } from '../logic/batchRows';
import type { BatchView } from '../logic/batchRows';

interface Props {
  table: BatchTable;
  view: BatchView;
  onView: (view: BatchView) => void;
  selected: ReadonlySet<number>;
  onSelect: (rows: readonly number[], on: boolean) => void;
  onOpen: (row: number) => void;
}

/**
 * The results, one row per report, in the columns of the exported sheet: a header sorts (again: the other way, a
 * third time: file order), a row opens its report, a checkbox selects it for 汇总.
 */
export function ResultsTable({ table, view, onView, selected, onSelect, onOpen }: Props) {
  const rows = visibleRows(table, view);
  const columns = shownColumns(table, view.rule);
  const selectable = rows.filter((r) => table.rows[r]!.read);
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r));
  return (
    <div className="batch-table-wrap">
      <table className="batch-table">
        <thead>
          <tr>
            <th className="pick">
              <input
                type="checkbox"
                aria-label="全选"
                checked={allSelected}
                disabled={selectable.length === 0}
                onChange={(e) => onSelect(selectable, e.target.checked)}
              />
            </th>
            {columns.map((c) => {
              const sorted = view.sortColumn === c;
              return (
                <th
                  key={c}
                  aria-sort={sorted ? (view.descending ? 'descending' : 'ascending') : 'none'}
                  data-column={table.headers[c]}
                >
                  <button type="button" className="sort" onClick={() => onView(sortBy(view, c))}>
                    {table.headers[c]}
                    <span className="sort-mark">{sorted ? (view.descending ? '▼' : '▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const row = table.rows[r]!;
            return (
              <tr
                key={r}
                data-row={r}
                className={!row.read ? 'unread' : row.errors > 0 ? 'has-errors' : undefined}
                onClick={() => onOpen(r)}
                title={row.read ? '打开此报告（只读）' : undefined}
              >
                <td className="pick" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={`选择 ${String(row.cells[0])}`}
                    checked={selected.has(r)}
                    disabled={!row.read}
                    onChange={(e) => onSelect([r], e.target.checked)}
                  />
                </td>
                {columns.map((c) => {
                  const value = row.cells[c];
                  return (
                    // The full text on hover: a long reason or note is cut to the column's width.
                    <td
                      key={c}
                      className={typeof value === 'number' ? 'num' : undefined}
                      title={typeof value === 'string' && value.length > 12 ? value : undefined}
                    >
                      {value ?? ''}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="hint">没有符合筛选条件的报告。</p>}
    </div>
  );
}
