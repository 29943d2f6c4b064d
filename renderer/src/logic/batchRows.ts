/**
 * What the 批量检查 table shows of the results: which rows (rule filter, errors only), in which order (a column,
 * either way), and which of the sheet's columns. The columns are the exported 报告 sheet's own (shared/batch).
 */
import type { BatchTable } from '../../../shared/api/contract';

export interface BatchView {
  /** Column of `table.headers` the rows are sorted by; null keeps the file order. */
  readonly sortColumn: number | null;
  readonly descending: boolean;
  /** Only reports with an error or warning of this rule. */
  readonly rule: string | null;
  readonly errorsOnly: boolean;
}

export const INITIAL_VIEW: BatchView = { sortColumn: null, descending: false, rule: null, errorsOnly: false };

type Cell = BatchTable['rows'][number]['cells'][number];

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Numbers by value, texts in Chinese order; an empty cell goes last whichever the direction. */
function compare(a: Cell, b: Cell, descending: boolean): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return descending ? -order : order;
}

/** The indices of the rows to show, in the order to show them (ties keep the file order). */
export function visibleRows(table: BatchTable, view: BatchView): number[] {
  const shown = table.rows
    .map((row, index) => ({ row, index }))
    .filter(
      ({ row }) =>
        (view.rule === null || row.rules.includes(view.rule)) && (!view.errorsOnly || row.errors > 0 || !row.read),
    );
  const column = view.sortColumn;
  if (column !== null) {
    shown.sort(
      (x, y) => compare(x.row.cells[column] ?? null, y.row.cells[column] ?? null, view.descending) || x.index - y.index,
    );
  }
  return shown.map((s) => s.index);
}

/**
 * The columns to show: the sheet's, less the one-per-rule counts (the rule filter stands for them; the filtered
 * rule's own column is kept) and less columns empty in every row (上年报告 without last year's reports).
 */
export function shownColumns(table: BatchTable, rule: string | null): number[] {
  const rules = new Set(table.ruleIds);
  return table.headers
    .map((header, column) => ({ header, column }))
    .filter(({ header }) => !rules.has(header) || header === rule)
    .filter(({ column }) => table.rows.some((r) => r.cells[column] !== null && r.cells[column] !== ''))
    .map(({ column }) => column);
}

/** A click on a column's header: sort by it, then the other way, then back to the file order. */
export function sortBy(view: BatchView, column: number): BatchView {
  if (view.sortColumn !== column) return { ...view, sortColumn: column, descending: false };
  if (!view.descending) return { ...view, descending: true };
  return { ...view, sortColumn: null, descending: false };
}

/** Each rule with the number of reports it is found in, most reports first, for the filter's list. */
export function ruleCounts(table: BatchTable): { rule: string; reports: number }[] {
  return table.ruleIds
    .map((rule) => ({ rule, reports: table.rows.filter((r) => r.rules.includes(rule)).length }))
    .sort((a, b) => b.reports - a.reports);
}
