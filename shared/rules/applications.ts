import { cellIndex, ENTERED_APPLICANT_COLUMNS } from '../templates';
import { printNumber, valueOr0 } from './context';
import type { RuleContext } from './context';
import type { RawFinding } from './types';

/** 勾稽关系 printed in table 三, per applicant column: 一 + 二 = 三（七） + 四. */
export function applicationsBalance(ctx: RuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const { byAddress } = cellIndex(ctx.draft.format);
  for (const col of ENTERED_APPLICANT_COLUMNS) {
    const at = (row: string) => `applications.${row}.${col.id}`;
    const incoming = valueOr0(ctx.values, at('new')) + valueOr0(ctx.values, at('carriedOver'));
    const outgoing = valueOr0(ctx.values, at('total')) + valueOr0(ctx.values, at('carryForward'));
    if (incoming === outgoing) continue;
    findings.push({
      rule: 'applications.balance',
      severity: 'error',
      cells: [at('new'), at('carriedOver'), at('total'), at('carryForward')],
      part: 'applications',
      message:
        `${byAddress.get(at('new'))!.colLabel}：一+二＝${printNumber(incoming)}，` +
        `三（七）+四＝${printNumber(outgoing)}，相差${printNumber(Math.abs(incoming - outgoing))}`,
    });
  }
  return findings;
}
