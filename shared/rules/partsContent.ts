/**
 * `parts.content`: what evaluators (年报质量评估) mark beyond an empty part (that is parts.missing): 五 saying only
 * “无”; a 2021 六 silent on 信息处理费 although fees were charged; a 人民政府 六 without 政务公开工作要点 or
 * 人大代表建议和政协提案 (notes: practice, not the format's letter); sub-headings numbered out of order.
 */
import { NARRATIVE_PART_IDS } from '../model/draft';
import type { Section } from '../model/draft';
import { processingFeesSentence } from '../model/feeSentence';
import { partHeading } from '../templates';
import type { RuleContext } from './context';
import type { RawFinding } from './types';

const sectionText = (sections: readonly Section[]) =>
  sections.map((s) => [s.heading, ...s.paragraphs].join('\n')).join('\n');

/** 无 / 暂无。/ 没有 / 无问题 — nothing said, once punctuation and spaces are gone. */
const NOTHING = /^(?:暂)?(?:无|没有)(?:问题)?$/;

const ORDINALS = '一二三四五六七八九十';
/** （一） → 1 … （十） → 10, （十一） → 11; null for a heading without one. */
function ordinalOf(heading: string): number | null {
  const m = /^\s*[（(]([一二三四五六七八九十]{1,3})[）)]/.exec(heading);
  if (!m) return null;
  const t = m[1]!;
  if (t === '十') return 10;
  if (t.length === 1) return ORDINALS.indexOf(t) + 1;
  if (t.startsWith('十')) return 10 + ORDINALS.indexOf(t[1]!) + 1;
  const tens = ORDINALS.indexOf(t[0]!) + 1;
  return t.length === 2 ? tens * 10 : tens * 10 + ORDINALS.indexOf(t[2]!) + 1;
}

/** What 人民政府 report in 六 by practice (国办's yearly 政务公开工作要点 ask for both). */
const GOVERNMENT_TOPICS: readonly { readonly test: RegExp; readonly name: string }[] = [
  { test: /要点/, name: '政务公开工作要点落实情况' },
  { test: /人大代表建议|政协(?:委员)?提案|建议提案/, name: '人大代表建议和政协提案办理结果公开情况' },
];

export function partsContent(ctx: RuleContext): RawFinding[] {
  const { draft } = ctx;
  const findings: RawFinding[] = [];

  const problems = sectionText(draft.narrative.problems).replace(/[^\p{L}\p{N}]/gu, '');
  if (NOTHING.test(problems)) {
    findings.push({
      rule: 'parts.content',
      severity: 'warning',
      cells: [],
      part: 'problems',
      message: `${partHeading('problems')}：只写了“无”——请写明本年度存在的主要问题和改进情况`,
    });
  }

  const other = `${sectionText(draft.narrative.other)}\n${processingFeesSentence(draft) ?? ''}`;
  const fees = draft.processingFees;
  if (fees) {
    const unpaid = ctx.values.get('applications.otherFeeUnpaid.total') ?? 0;
    const charged = (fees.noticeCount ?? 0) > 0 || (fees.noticeAmount ?? 0) > 0 || (fees.collectedAmount ?? 0) > 0;
    if ((charged || unpaid > 0) && !/处理费/.test(other)) {
      findings.push({
        rule: 'parts.content',
        severity: 'warning',
        cells: charged ? [] : ['applications.otherFeeUnpaid.total'],
        part: 'other',
        message:
          `${partHeading('other')}：本年度` +
          `${charged ? '发出了收费通知或收取了信息处理费' : `有${unpaid}件申请因逾期未缴费不再处理`}，` +
          `但六中没有说明信息处理费情况`,
      });
    }
  }

  if (draft.agency.kind === 'government') {
    for (const topic of GOVERNMENT_TOPICS) {
      if (topic.test.test(other)) continue;
      findings.push({
        rule: 'parts.content',
        severity: 'info',
        cells: [],
        part: 'other',
        message: `${partHeading('other')}：人民政府的年报通常在此报告“${topic.name}”，本报告没有提到`,
      });
    }
  }

  for (const part of NARRATIVE_PART_IDS) {
    let expected = 1;
    for (const section of draft.narrative[part]) {
      const n = ordinalOf(section.heading);
      if (n === null) continue;
      if (n !== expected) {
        findings.push({
          rule: 'parts.content',
          severity: 'warning',
          cells: [],
          part,
          section: section.id,
          message: `${partHeading(part)}：小标题“${section.heading.trim()}”的序号应为（${ORDINALS[expected - 1] ?? expected}），编号不连续或顺序颠倒`,
        });
        break;
      }
      expected++;
    }
  }
  return findings;
}
