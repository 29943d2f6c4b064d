import type { RuleContext } from './context';
import type { RawFinding } from './types';

/** The 成文日期 is the user's choice, never guessed: until it is chosen the export prints the name alone. */
export function signatureDate(ctx: RuleContext): RawFinding[] {
  if (ctx.draft.signature.date !== null) return [];
  return [
    {
      rule: 'export.signatureDate',
      severity: 'warning',
      cells: [],
      part: 'other',
      message: '落款尚未填写成文日期：导出的报告末尾只有机关署名，没有日期',
    },
  ];
}
