import { cellIndex, ENTERED_APPLICANT_COLUMNS } from '../templates';
import { labelOf, printNumber, valueOr0 } from './context';
import type { RuleContext } from './context';
import type { Finding } from './types';

const show = (v: number | null | undefined) => (v === null || v === undefined ? '未填写' : printNumber(v));

/** 上年结转 this year = 结转下年度继续办理 last year, per applicant column. */
export function carriedOverMatchesLastYear(ctx: RuleContext): Finding[] {
  const prev = ctx.previous;
  if (!prev) return [];
  const findings: Finding[] = [];
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
        `${prev.draft.year}年报告“四、结转下年度继续办理”为${show(expected)}`,
    });
  }
  return findings;
}

/** 2021: 现行有效件数 this year = last year's 现行有效 + this year's 制发 − 废止 (approximate: amendments, clean-ups). */
export function inForceFollowsLastYear(ctx: RuleContext): Finding[] {
  const prev = ctx.previous;
  if (!prev || ctx.draft.format !== '2021' || prev.draft.format !== '2021') return [];
  const findings: Finding[] = [];
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
        `${labelOf(ctx.draft, address)}：本年为${printNumber(actual)}，` +
        `而上年现行有效${printNumber(lastYear)}+本年制发${printNumber(issued)}−本年废止${printNumber(repealed)}＝${printNumber(expected)}`,
    });
  }
  return findings;
}

/** 2019: 上一年项目数量 this year = last year's 上一年项目数量 + its 本年增/减. */
export function prevCountFollowsLastYear(ctx: RuleContext): Finding[] {
  const prev = ctx.previous;
  if (!prev || ctx.draft.format !== '2019' || prev.draft.format !== '2019') return [];
  const findings: Finding[] = [];
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
        `而${prev.draft.year}年上一年项目数量${printNumber(lastCount)}+本年增/减${printNumber(lastChange ?? 0)}＝${printNumber(expected)}`,
    });
  }
  return findings;
}
