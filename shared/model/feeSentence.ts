/**
 * The 2021 part-六 sentence on 信息处理费: printed by the export and the preview, shown by the editor, and read back by
 * the importer. Written and parsed here only, so the importer always recognises what the app prints.
 */
import type { Draft, ProcessingFees } from './draft';

export type FeeFigures = Pick<ProcessingFees, 'noticeCount' | 'noticeAmount' | 'collectedAmount'>;

const NO_FEES = '本年度未收取信息处理费。';
const COUNT = '(\\d+)';
const AMOUNT = '(\\d+(?:\\.\\d+)?)';
const FEES = new RegExp(`^本年度共发出收费通知${COUNT}件，总金额${AMOUNT}元；实际收取信息处理费${AMOUNT}元。$`);

/** The sentence for the three figures; null while none is filled in. Zero everywhere is "本年度未收取信息处理费。". */
export function feeSentence(fees: FeeFigures): string | null {
  const { noticeCount, noticeAmount, collectedAmount } = fees;
  if (noticeCount === null && noticeAmount === null && collectedAmount === null) return null;
  if (!noticeCount && !noticeAmount && !collectedAmount) return NO_FEES;
  return (
    `本年度共发出收费通知${noticeCount ?? 0}件，总金额${noticeAmount ?? 0}元；` +
    `实际收取信息处理费${collectedAmount ?? 0}元。`
  );
}

/** The figures of a paragraph that is exactly such a sentence (spaces around it aside); null for any other text. */
export function parseFeeSentence(text: string): FeeFigures | null {
  const t = text.trim();
  if (t === NO_FEES) return { noticeCount: 0, noticeAmount: 0, collectedAmount: 0 };
  const m = FEES.exec(t);
  if (!m) return null;
  return { noticeCount: Number(m[1]), noticeAmount: Number(m[2]), collectedAmount: Number(m[3]) };
}

/** What part 六 prints: the user's own wording once they edited it, else the sentence from the figures. */
export function processingFeesSentence(draft: Pick<Draft, 'processingFees'>): string | null {
  const fees = draft.processingFees;
  if (!fees) return null;
  return fees.sentence ?? feeSentence(fees);
}
