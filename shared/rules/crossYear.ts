import { applicationsRows, cellIndex, ENTERED_APPLICANT_COLUMNS, getFormat } from '../templates';
import type { CellDef } from '../templates';
import { labelOf, printNumber, valueOr0 } from './context';
import type { RuleContext } from './context';
import type { RawFinding } from './types';

const show = (v: number | null | undefined) => (v === null || v === undefined ? '未填写' : printNumber(v));
/** Labels as the template prints them, so a message never retypes one. */
const colLabel = (ctx: RuleContext, address: string) => cellIndex(ctx.draft.format).byAddress.get(address)!.colLabel;

/** 上年结转 this year = 结转下年度继续办理 last year, per applicant column. */
export function carriedOverMatchesLastYear(ctx: RuleContext): RawFinding[] {
  const prev = ctx.previous;
  if (!prev) return [];
  const findings: RawFinding[] = [];
  const carryForward = applicationsRows(prev.draft.format).find((r) => r.id === 'carryForward')!.label;
  for (const col of ENTERED_APPLICANT_COLUMNS) {
    const address = `applications.carriedOver.${col.id}`;
    const expected = prev.values.get(`applications.carryForward.${col.id}`);
    const actual = ctx.values.get(address);
    if (expected === null || expected === undefined || expected === actual) continue;
    findings.push({
      rule: 'crossYear.carriedOver',
      severity: 'warning',
      cells: [address],
      part: 'applications',
      message:
        `${labelOf(ctx.draft, address)}：本年为${show(actual)}，` +
        `${prev.draft.year}年报告“${carryForward}”为${show(expected)}`,
    });
  }
  return findings;
}

/** 2021: 现行有效件数 this year = last year's 现行有效 + this year's 制发 − 废止 (approximate: amendments, clean-ups). */
export function inForceFollowsLastYear(ctx: RuleContext): RawFinding[] {
  const prev = ctx.previous;
  if (!prev || ctx.draft.format !== '2021' || prev.draft.format !== '2021') return [];
  const findings: RawFinding[] = [];
  for (const row of ['regulations', 'normativeDocs']) {
    const address = `active.${row}.inForce`;
    const lastYear = prev.values.get(address);
    const actual = ctx.values.get(address);
    if (lastYear === null || lastYear === undefined || actual === null || actual === undefined) continue;
    const issued = valueOr0(ctx.values, `active.${row}.issued`);
    const repealed = valueOr0(ctx.values, `active.${row}.repealed`);
    const expected = lastYear + issued - repealed;
    if (expected === actual) continue;
    findings.push({
      rule: 'crossYear.inForce',
      severity: 'warning',
      cells: [address, `active.${row}.issued`, `active.${row}.repealed`],
      part: 'active',
      message:
        `${labelOf(ctx.draft, address)}：本年为${printNumber(actual)}，而${prev.draft.year}年${colLabel(ctx, address)}` +
        `${printNumber(lastYear)}+${colLabel(ctx, `active.${row}.issued`)}${printNumber(issued)}` +
        `−${colLabel(ctx, `active.${row}.repealed`)}${printNumber(repealed)}＝${printNumber(expected)}`,
    });
  }
  return findings;
}

/** 2019: 上一年项目数量 this year = last year's 上一年项目数量 + its 本年增/减. */
export function prevCountFollowsLastYear(ctx: RuleContext): RawFinding[] {
  const prev = ctx.previous;
  if (!prev || ctx.draft.format !== '2019' || prev.draft.format !== '2019') return [];
  const findings: RawFinding[] = [];
  for (const cell of cellIndex('2019').entered) {
    if (cell.col !== 'prevCount') continue;
    const lastCount = prev.values.get(cell.address);
    const lastChange = prev.values.get(`active.${cell.row}.change`);
    const actual = ctx.values.get(cell.address);
    if (lastCount === null || lastCount === undefined || actual === null || actual === undefined) continue;
    const expected = lastCount + (lastChange ?? 0);
    if (expected === actual) continue;
    findings.push({
      rule: 'crossYear.prevCount',
      severity: 'warning',
      cells: [cell.address],
      part: 'active',
      message:
        `${labelOf(ctx.draft, cell.address)}：本年为${printNumber(actual)}，` +
        `而${prev.draft.year}年${cell.colLabel}${printNumber(lastCount)}` +
        `+${colLabel(ctx, `active.${cell.row}.change`)}${printNumber(lastChange ?? 0)}＝${printNumber(expected)}`,
    });
  }
  return findings;
}

/** A change of more than this factor either way (and by at least JUMP_MIN) is worth a second look. */
const JUMP_FACTOR = 5;
const JUMP_MIN = 10;

/** The totals a typo shows in: each row's 总计 of table 三, the 总计 of each group of table 四, every cell of 二. */
function isTotal(cell: CellDef): boolean {
  if (cell.table === 'active') return cell.kind !== 'signedCount';
  return cell.sumOf !== undefined && (cell.table === 'litigation' || cell.col === 'total');
}

/** crossYear.jump (note): a total that changed more than fivefold against last year — a typo, or a real change? */
export function totalsJump(ctx: RuleContext): RawFinding[] {
  const prev = ctx.previous;
  if (!prev) return [];
  const findings: RawFinding[] = [];
  const lastYearCells = cellIndex(prev.draft.format).byAddress;
  for (const cell of cellIndex(ctx.draft.format).all) {
    if (!isTotal(cell) || !lastYearCells.has(cell.address)) continue;
    const now = ctx.values.get(cell.address);
    const before = prev.values.get(cell.address);
    if (now === null || now === undefined || before === null || before === undefined) continue;
    // Money cells of 2019 may be in 元 or 万元: compare only like with like.
    if ((ctx.draft.units[cell.address] ?? null) !== (prev.draft.units[cell.address] ?? null)) continue;
    const [low, high] = now < before ? [now, before] : [before, now];
    if (high - low < JUMP_MIN || high <= low * JUMP_FACTOR) continue;
    const heading = getFormat(ctx.draft.format).parts.find((p) => p.id === cell.table)!.heading;
    findings.push({
      rule: 'crossYear.jump',
      severity: 'info',
      cells: [cell.address],
      part: cell.table,
      message:
        `${heading}：${labelOf(ctx.draft, cell.address)}本年为${printNumber(now)}，${prev.draft.year}年为` +
        `${printNumber(before)}，变化超过${JUMP_FACTOR}倍，请确认不是笔误`,
    });
  }
  return findings;
}
