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

/** One space at most either side (as extracted text has them): any number of spaces around the digits backtracks quadratically. */
const NUMBER = '\\s?(\\d+(?:\\.\\d+)?)\\s?';
/** 收取（政府信息公开）信息处理费（共计）380元 — what was collected, as published reports word it. */
const COLLECTED = new RegExp(
  `收取(?:了)?(?:政府信息公开)?信息处理费(?:共计|合计|总计|总额|金额|共)?(?:为)?${NUMBER}元`,
);
const NOTICES = new RegExp(`发出(?:收费)?通知(?:书)?(?:共)?${NUMBER}件`);
const NOTICE_AMOUNT = new RegExp(`(?:通知)?总金额(?:为)?${NUMBER}元`);
const NONE_COLLECTED = /未收取(?:任何)?(?:政府信息公开)?信息处理费|没有收取(?:任何)?(?:政府信息公开)?信息处理费/;

/** The text without the quotes and brackets closing it; by hand: /[”）]+$/ is quadratic on a long run of them. */
function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && '”’」』）)'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The figures of a paragraph that is exactly the sentence the app prints, or of one sentence of a published report
 * about the 信息处理费 (…全年收取政府信息公开信息处理费0元。): what it states, null for what it does not. Null for
 * text that is not one such sentence (two sentences, or no figure).
 */
export function parseFeeSentence(text: string): FeeFigures | null {
  const t = text.trim();
  if (t === NO_FEES) return { noticeCount: 0, noticeAmount: 0, collectedAmount: 0 };
  const m = FEES.exec(t);
  if (m) return { noticeCount: Number(m[1]), noticeAmount: Number(m[2]), collectedAmount: Number(m[3]) };
  // One sentence: at most one 。！？, at its end.
  if (!t.includes('信息处理费') || /[。！？]./su.test(withoutClosers(t))) return null;
  const collected = COLLECTED.exec(t);
  const notices = NOTICES.exec(t);
  const noticeAmount = notices ? NOTICE_AMOUNT.exec(t.slice(notices.index)) : null;
  const figures: FeeFigures = {
    noticeCount: notices ? Number(notices[1]) : null,
    noticeAmount: noticeAmount ? Number(noticeAmount[1]) : null,
    collectedAmount: collected ? Number(collected[1]) : NONE_COLLECTED.test(t) ? 0 : null,
  };
  const stated = figures.noticeCount !== null || figures.noticeAmount !== null || figures.collectedAmount !== null;
  return stated ? figures : null;
}

/** What part 六 prints: the user's own wording once they edited it, else the sentence from the figures. */
export function processingFeesSentence(draft: Pick<Draft, 'processingFees'>): string | null {
  const fees = draft.processingFees;
  if (!fees) return null;
  return fees.sentence ?? feeSentence(fees);
}
