import { NARRATIVE_PART_IDS } from '../model/draft';
import type { Section } from '../model/draft';
import { getFormat } from '../templates';
import type { RuleContext } from './context';
import type { RawFinding } from './types';

const hasText = (section: Section) => section.paragraphs.some((p) => p.trim() !== '');

/** Brackets and spaces vary between reports: （一）主动公开 and (一)主动公开方面 name the same sub-heading. */
const normalizeHeading = (heading: string) =>
  heading.replace(/[（(]/g, '（').replace(/[）)]/g, '）').replace(/\s+/g, '');
const ORDINAL = /^（[一二三四五六七八九十]+）/;

/** A section stands for a standard sub-heading when it has the same ordinal (（四）) or starts with its words. */
function matchesStandard(sectionHeading: string, standard: string): boolean {
  const mine = normalizeHeading(sectionHeading);
  const theirs = normalizeHeading(standard);
  const ordinal = theirs.match(ORDINAL)?.[0];
  if (ordinal && mine.startsWith(ordinal)) return true;
  return mine.replace(ORDINAL, '').startsWith(theirs.replace(ORDINAL, ''));
}

/** Narrative parts and the standard sub-headings of 一 must say something; 2021 六 must report 信息处理费. */
export function missingParts(ctx: RuleContext): RawFinding[] {
  const { draft } = ctx;
  const format = getFormat(draft.format);
  const findings: RawFinding[] = [];
  for (const partId of NARRATIVE_PART_IDS) {
    const part = format.parts.find((p) => p.id === partId)!;
    const sections = draft.narrative[partId];
    const feeSentenceCounts = partId === 'other' && draft.processingFees !== null && hasFeeFigures(ctx);
    if (!sections.some(hasText) && !feeSentenceCounts) {
      findings.push({
        rule: 'parts.missing',
        severity: 'warning',
        cells: [],
        part: partId,
        message: `${part.heading}：尚未填写内容`,
      });
      continue;
    }
    for (const heading of part.standardSubheadings) {
      const section = sections.find((s) => matchesStandard(s.heading, heading));
      if (section && hasText(section)) continue;
      findings.push({
        rule: 'parts.missing',
        severity: 'warning',
        cells: [],
        part: partId,
        ...(section ? { section: section.id } : {}),
        message: section
          ? `${part.heading}：“${heading}”下尚未填写内容`
          : `${part.heading}：缺少格式规定的“${heading}”`,
      });
    }
  }
  if (draft.processingFees && !hasFeeFigures(ctx)) {
    findings.push({
      rule: 'parts.missing',
      severity: 'warning',
      cells: [],
      part: 'other',
      message: `${format.parts.find((p) => p.id === 'other')!.heading}：未填写信息处理费情况（未收取也请填0）`,
    });
  }
  return findings;
}

function hasFeeFigures(ctx: RuleContext): boolean {
  const fees = ctx.draft.processingFees;
  if (!fees) return false;
  return (
    fees.sentence !== null || fees.noticeCount !== null || fees.noticeAmount !== null || fees.collectedAmount !== null
  );
}
