import { FEE_FIELDS } from '../input/applyInput';
import { isValidStoredValue, KIND_EXPECTATION } from '../input/cellInput';
import { cellIndex, getFormat, tablesOf } from '../templates';
import { labelOf } from './context';
import type { RuleContext } from './context';
import type { RawFinding } from './types';

/** A stored value outside its kind: only a hand-edited or damaged file can hold one. */
export function invalidValues(ctx: RuleContext): RawFinding[] {
  const { draft } = ctx;
  const findings: RawFinding[] = [];
  for (const cell of cellIndex(draft.format).entered) {
    const value = draft.values[cell.address];
    if (value === null || value === undefined || isValidStoredValue(value, cell.kind)) continue;
    findings.push({
      rule: 'value.invalid',
      severity: 'error',
      cells: [cell.address],
      part: cell.table,
      message: `${labelOf(draft, cell.address)}：${value} ${KIND_EXPECTATION[cell.kind]}`,
    });
  }
  const fees = draft.processingFees;
  if (fees) {
    for (const { field, label, kind } of Object.values(FEE_FIELDS)) {
      const value = fees[field];
      if (value === null || isValidStoredValue(value, kind)) continue;
      findings.push({
        rule: 'value.invalid',
        severity: 'error',
        cells: [],
        part: 'other',
        message: `信息处理费 ${label}：${value} ${KIND_EXPECTATION[kind]}`,
      });
    }
  }
  return findings;
}

/** One finding per table listing its empty cells: empty is not zero, and exports blank. */
export function emptyValues(ctx: RuleContext): RawFinding[] {
  const { draft } = ctx;
  const findings: RawFinding[] = [];
  for (const table of tablesOf(getFormat(draft.format))) {
    const empty = table.cells.filter((c) => !c.sumOf && (draft.values[c.address] ?? null) === null);
    if (empty.length === 0) continue;
    const heading = getFormat(draft.format).parts.find((p) => p.id === table.part)!.heading;
    const sample = empty
      .slice(0, 3)
      .map((c) => labelOf(draft, c.address))
      .join('、');
    findings.push({
      rule: 'value.empty',
      severity: 'warning',
      cells: empty.map((c) => c.address),
      part: table.part,
      message: `${heading}：${empty.length}个单元格未填写（${sample}${empty.length > 3 ? '等' : ''}）；没有数据请填0`,
    });
  }
  return findings;
}
