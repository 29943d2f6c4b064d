/**
 * Part 六 of the 2021 format reports the 信息处理费. The sentence is read with shared/model's parser, the one the
 * export prints with, into `processingFees`: the app's own sentence gives the figures and leaves the text (the export
 * prints it from them); a published wording (…全年收取政府信息公开信息处理费0元。) gives the figures it states and is
 * kept word for word as the printed sentence.
 */
import { feeSentence, parseFeeSentence } from '../model';
import type { ProcessingFees } from '../model';
import type { SectionText } from './narrative';

/** A sentence about the fee (未收取信息处理费, 收费通知…), as opposed to other matters of part 六. */
const FEE_WORDS = /信息处理费|收费/u;

/** The sentences of a paragraph, each with its closing punctuation and quotes. */
const sentencesOf = (paragraph: string) => paragraph.match(/[^。！？]+[。！？]?[”’」』）)]*/gu) ?? [];

/**
 * Reads the fee sentence out of part 六's sections (which it edits: the app's sentence is taken out, and a published
 * one when it leads the part, where the export prints the sentence). Returns the fees, unchanged when none is found.
 */
export function readProcessingFees(sections: SectionText[], fees: ProcessingFees): ProcessingFees {
  let out = fees;
  let published = false;
  sections.forEach((section, s) => {
    section.paragraphs = section.paragraphs.filter((paragraph, p) => {
      const whole = parseFeeSentence(paragraph);
      if (whole && feeSentence(whole) === paragraph.trim()) {
        out = { ...out, ...whole };
        return false;
      }
      if (published) return true;
      for (const sentence of sentencesOf(paragraph)) {
        const figures = parseFeeSentence(sentence);
        if (!figures) continue;
        published = true;
        out = { ...out, ...figures, sentence: paragraph.trim() };
        // Leading the part and saying nothing else, it is printed there from `sentence`; elsewhere (or inside a longer
        // paragraph, as in text scraped flat) it stays in place and the export finds it written and keeps it.
        const onlyFees = sentencesOf(paragraph).every((t) => FEE_WORDS.test(t));
        return !(s === 0 && p === 0 && section.heading === '' && onlyFees);
      }
      return true;
    });
  });
  return out;
}
