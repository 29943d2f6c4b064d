/** The printed rows of each table, read from the format definitions (never retyped here). */
import { getFormat } from '../templates';
import type { CellDef, FormatId, TableId } from '../templates';
import { normLabel } from './normalize';

export interface RowSpec {
  readonly table: TableId;
  /** Every label cell printed in this layout row (a group label spanning rows appears in its first row). */
  readonly labels: readonly string[];
  /** The row's own label (the last label cell), '' for table 四's single row. */
  readonly label: string;
  readonly norm: string;
  /** Value cells left to right, derived totals included. */
  readonly cells: readonly CellDef[];
}

const cache = new Map<string, readonly RowSpec[]>();

export function rowSpecs(format: FormatId, table: TableId): readonly RowSpec[] {
  const key = `${format}:${table}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const def = getFormat(format).tables[table];
  const byAddress = new Map(def.cells.map((c) => [c.address, c]));
  const specs: RowSpec[] = [];
  for (const row of def.rows) {
    const values = row.cells.filter((c) => c.type === 'value');
    if (values.length === 0) continue;
    const labels = row.cells.flatMap((c) => (c.type === 'label' ? [c.text] : []));
    const label = labels[labels.length - 1] ?? '';
    specs.push({
      table,
      labels,
      label,
      norm: normLabel(label),
      cells: values.map((v) => byAddress.get(v.address)!),
    });
  }
  cache.set(key, specs);
  return specs;
}

/** Every label printed in a format's tables, normalised (for telling the formats apart). */
export function formatLabels(format: FormatId): Set<string> {
  const out = new Set<string>();
  const def = getFormat(format);
  for (const table of Object.values(def.tables)) {
    for (const row of table.rows) for (const c of row.cells) if (c.type === 'label') out.add(normLabel(c.text));
  }
  return out;
}

/** Labels of `format` that the other format does not print, not even inside a longer label. */
export function distinctiveLabels(format: FormatId): string[] {
  const other: FormatId = format === '2019' ? '2021' : '2019';
  const theirs = [...formatLabels(other)];
  return [...formatLabels(format)].filter((l) => l.length >= 3 && !theirs.some((t) => t.includes(l)));
}
