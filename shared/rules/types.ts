import type { PartId } from '../templates';

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'applications.balance'
  | 'value.invalid'
  | 'value.empty'
  | 'crossYear.carriedOver'
  | 'crossYear.inForce'
  | 'crossYear.prevCount'
  | 'parts.missing'
  | 'export.signatureDate'
  | 'deadline';

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
}

/** How severities are named to the user, in the editor and the CLI alike. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '提醒', info: '说明' };
