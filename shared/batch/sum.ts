/**
 * 汇总: the tables of several reports of one year and format added cell by cell into one draft. Only values are
 * summed (the narrative stays empty); anything that would make the sum wrong without saying so is refused.
 */
import { createDraft } from '../model/create';
import { agencyKindOf } from '../model/draft';
import type { Draft } from '../model/draft';
import { computeCellValues } from '../model/values';
import { cellDisplayName, cellIndex, getFormat, TABLE_IDS } from '../templates';
import type { MoneyUnit, TableId } from '../templates';
import { agencyKey } from './agency';
import type { Sheet, SheetValue } from './sheets';

export interface SumInput {
  readonly file: string;
  readonly draft: Draft;
}

export interface SumOptions {
  readonly id: string;
  readonly now: string;
  /** The agency the total is published by, e.g. 某某县人民政府. */
  readonly agency: string;
}

export type SumResult = { ok: true; draft: Draft; breakdown: Sheet } | { ok: false; reason: string };

const FEE_FIELDS = [
  ['noticeCount', '信息处理费 发出收费通知的件数'],
  ['noticeAmount', '信息处理费 收费通知总金额（元）'],
  ['collectedAmount', '信息处理费 实际收取金额（元）'],
] as const;

/** Money sums print without float noise (0.1 + 0.2). */
const clean = (n: number) => Math.round(n * 1e6) / 1e6;

function groupsOf(inputs: readonly SumInput[], key: (d: Draft) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const i of inputs) {
    const k = key(i.draft);
    groups.set(k, [...(groups.get(k) ?? []), i.file]);
  }
  return groups;
}

const listGroups = (groups: Map<string, string[]>) =>
  [...groups].map(([k, files]) => `${k}：${files.join('、')}`).join('；');

/** Value of a money cell with a unit choice, in 元, so 元 and 万元 reports add up. */
function inYuan(draft: Draft, address: string, value: number): number {
  return draft.units[address] === '万元' ? value * 10000 : value;
}

export function sumDrafts(inputs: readonly SumInput[], options: SumOptions): SumResult {
  if (inputs.length === 0) return { ok: false, reason: '没有可汇总的报告' };
  const years = groupsOf(inputs, (d) => `${d.year}年`);
  if (years.size > 1) return { ok: false, reason: `报告的年度不一致，不能汇总：${listGroups(years)}` };
  const formats = groupsOf(inputs, (d) => `${d.format}年格式`);
  if (formats.size > 1) return { ok: false, reason: `报告所用的格式不一致，不能汇总：${listGroups(formats)}` };
  const agencies = new Map<string, string[]>();
  for (const i of inputs) {
    const k = agencyKey(i.draft.agency.name);
    if (!k) return { ok: false, reason: `「${i.file}」没有填写机关名称，不能确认是否重复汇总` };
    agencies.set(k, [...(agencies.get(k) ?? []), i.file]);
  }
  const repeated = [...agencies.values()].filter((files) => files.length > 1);
  if (repeated.length > 0) {
    return {
      ok: false,
      reason: `同一机关的报告出现了不止一次，汇总会重复计数：${repeated.map((f) => f.join('、')).join('；')}`,
    };
  }
  const agencyName = options.agency.trim();
  if (!agencyName) return { ok: false, reason: '请填写汇总报告的机关名称' };

  const first = inputs[0]!.draft;
  const { format, year } = first;
  const index = cellIndex(format);
  const total = createDraft({
    id: options.id,
    year,
    format,
    agency: { name: agencyName, kind: agencyKindOf(agencyName) },
    now: options.now,
  });

  // Unit-choice money cells: kept in the unit all reports share, else added in 元.
  const units = new Map<string, MoneyUnit>();
  for (const cell of index.entered) {
    if (!cell.unitChoice) continue;
    const used = new Set(inputs.map((i) => i.draft.units[cell.address] ?? cell.unitChoice![0]!));
    units.set(cell.address, used.size === 1 ? [...used][0]! : '元');
  }
  const entered = (d: Draft, address: string): number | null => {
    const v = d.values[address];
    if (v === null || v === undefined) return null;
    const unit = units.get(address);
    if (unit === undefined) return v;
    const yuan = inYuan(d, address, v);
    return unit === '万元' ? yuan / 10000 : yuan;
  };

  for (const cell of index.entered) {
    let sum = 0;
    let any = false;
    for (const i of inputs) {
      const v = entered(i.draft, cell.address);
      if (v !== null) {
        sum += v;
        any = true;
      }
    }
    // Empty in every report stays empty: empty is not zero.
    if (any) total.values[cell.address] = clean(sum);
    const unit = units.get(cell.address);
    if (unit && unit !== cell.unitChoice![0]) total.units[cell.address] = unit;
  }
  if (total.processingFees) {
    for (const [field] of FEE_FIELDS) {
      const parts = inputs.map((i) => i.draft.processingFees?.[field] ?? null).filter((v): v is number => v !== null);
      total.processingFees[field] = parts.length ? clean(parts.reduce((s, v) => s + v, 0)) : null;
    }
  }
  return { ok: true, draft: total, breakdown: breakdownSheet(inputs, total, entered) };
}

const TABLE_LABELS: Readonly<Record<TableId, string>> = { active: '表二', applications: '表三', litigation: '表四' };

/** Every cell (totals included) per agency beside the sum, so the 汇总 can be checked line by line. */
function breakdownSheet(
  inputs: readonly SumInput[],
  total: Draft,
  entered: (d: Draft, address: string) => number | null,
): Sheet {
  const { format } = total;
  const perInput = inputs.map((i) => {
    const values: Record<string, number | null> = {};
    for (const cell of cellIndex(format).entered) values[cell.address] = entered(i.draft, cell.address);
    return computeCellValues(format, values);
  });
  const totals = computeCellValues(format, total.values);
  const rows: SheetValue[][] = [];
  for (const table of TABLE_IDS) {
    for (const cell of getFormat(format).tables[table].cells) {
      const unit = cell.unitChoice ? `（${total.units[cell.address] ?? cell.unitChoice[0]}）` : '';
      rows.push([
        TABLE_LABELS[table],
        cell.address,
        `${cellDisplayName(cell)}${unit}`,
        ...perInput.map((v) => v.get(cell.address) ?? null),
        totals.get(cell.address) ?? null,
      ]);
    }
  }
  if (total.processingFees) {
    for (const [field, label] of FEE_FIELDS) {
      rows.push([
        '六',
        `processingFees.${field}`,
        label,
        ...inputs.map((i) => i.draft.processingFees?.[field] ?? null),
        total.processingFees[field],
      ]);
    }
  }
  return {
    name: '汇总明细',
    headers: ['表', '单元格', '名称', ...inputs.map((i) => i.draft.agency.name || i.file), '合计'],
    rows,
  };
}
