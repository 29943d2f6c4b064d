import type { NarrativePartId, PartId } from '../templates';

/** `info` is the format's “note”: shown as 说明, never counted as an error or a warning. */
export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'applications.balance'
  | 'value.invalid'
  | 'value.empty'
  | 'crossYear.carriedOver'
  | 'crossYear.inForce'
  | 'crossYear.prevCount'
  | 'crossYear.jump'
  | 'parts.missing'
  | 'export.signatureDate'
  | 'parts.content'
  | 'text.numbers'
  | 'text.staleYear'
  | 'text.unchanged'
  | 'deadline'
  | 'title.pattern';

/** Where narrative text lives: the opening paragraph of the front matter, or a narrative part. */
export type TextPart = 'opening' | NarrativePartId;

/**
 * A stretch of the report's own words a finding quotes. `section` and `paragraph` index the draft's arrays
 * (`draft.narrative[part][section].paragraphs[paragraph]`); the opening has section null and paragraph 0, and the
 * typed 2021 fee sentence of 六 has section null and `feeSentence`. `start`/`end` are UTF-16 offsets, end exclusive,
 * into that one paragraph string, so the editor can highlight `quote` = paragraph.slice(start, end).
 */
export interface TextSpot {
  readonly part: TextPart;
  readonly section: number | null;
  readonly sectionId: string | null;
  readonly paragraph: number;
  readonly feeSentence?: true;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** Last year's paragraph a `text.unchanged` finding matched. */
export interface PreviousSpot {
  readonly year: number;
  readonly part: NarrativePartId;
  readonly section: number;
  readonly paragraph: number;
  /** 0…1, see text/unchanged.ts */
  readonly similarity: number;
}

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Addresses (`table.row.col`) the finding points at; empty for narrative findings. */
  readonly cells: readonly string[];
  /** Chinese, naming cells by their labels and giving the numbers. */
  readonly message: string;
  /** Where to focus: the part, and for narrative findings the sub-section id. */
  readonly part?: PartId;
  readonly section?: string;
  /** Text findings: the sentence (or paragraph) quoted. */
  readonly text?: TextSpot;
  /** text.numbers: the figure as written, then the table's. */
  readonly numbers?: readonly number[];
  /** text.unchanged: where the same words stood last year. */
  readonly previous?: PreviousSpot;
  /**
   * Stable identity: rule + cells + numbers + quoted text (never offsets or section ids), so a confirmation stored
   * with a finding still matches after unrelated edits and stops matching when the figures or the words change.
   */
  readonly key: string;
}

/** What a rule returns; checkDraft adds the key where the rule did not. */
export type RawFinding = Omit<Finding, 'key'> & { readonly key?: string };

/** How severities are named to the user, in the editor and the CLI alike. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '提醒', info: '说明' };
