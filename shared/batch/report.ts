/** A batch's results as data: one row per file, one line per finding, and what the exit code is made of. */
import { AGENCY_KIND_LABELS } from '../model/draft';
import { publishDeadline } from '../model/text';
import { draftCellValues, formatCellValue } from '../model/values';
import { checkDraft, SEVERITY_LABELS, splitConfirmed } from '../rules';
import type { Finding } from '../rules';
import { cellDisplayName, cellIndex, PARTS } from '../templates';
import { duplicateNotes } from './duplicates';
import { pairWithPrevious } from './pairing';
import { SOURCE_LABELS, sourceOf } from './types';
import type { ReadOk, ReadResult } from './types';

export interface BatchRow {
  readonly file: string;
  /** false when the file could not be read; the reason says why. */
  readonly read: boolean;
  readonly reason: string;
  readonly source: string;
  readonly agency: string;
  readonly year: number | null;
  readonly format: string;
  readonly kind: string;
  /** Entered cells with a value (imported reports: located in the report) of all entered cells. */
  readonly cellsFound: number | null;
  readonly cellsTotal: number | null;
  readonly doubts: number | null;
  readonly errors: number | null;
  readonly warnings: number | null;
  /** Errors and warnings per rule id. */
  readonly byRule: ReadonlyMap<string, number>;
  readonly deadline: string;
  /** Last year's report the cross-year rules ran against. */
  readonly previous: string;
  /** Duplicates, ambiguous pairings. */
  readonly notes: string;
}

/** The findings sheet's severity for a warning or note the agency marked 已核实. */
export const CONFIRMED_LABEL = '已核实';

export interface FindingRow {
  readonly file: string;
  readonly agency: string;
  readonly part: string;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  /** Cell addresses (`table.row.col`). */
  readonly cells: string;
  /** The cells as printed, with their values: what the finding is about, quoted from the report. */
  readonly quoted: string;
}

export interface BatchReport {
  readonly rows: readonly BatchRow[];
  readonly findings: readonly FindingRow[];
  /** Rule ids with an error or warning anywhere, in the order the rules report them: one column each. */
  readonly ruleIds: readonly string[];
  readonly readCount: number;
  readonly unreadCount: number;
  readonly withErrors: number;
}

/** Exit code of a batch: 0 all read and no error, 1 some unread or with errors, 2 nothing read. */
export function batchExitCode(report: BatchReport): 0 | 1 | 2 {
  if (report.readCount === 0) return 2;
  return report.unreadCount === 0 && report.withErrors === 0 ? 0 : 1;
}

const MAX_QUOTED_CELLS = 6;

function quoted(r: ReadOk, f: Finding, values: ReturnType<typeof draftCellValues>): string {
  const index = cellIndex(r.draft.format);
  const shown = f.cells.slice(0, MAX_QUOTED_CELLS).map((address) => {
    const cell = index.byAddress.get(address);
    const name = cell ? cellDisplayName(cell) : address;
    const value = values.get(address);
    return `${name}＝${value === null || value === undefined ? '（空）' : formatCellValue(value)}`;
  });
  const more = f.cells.length > MAX_QUOTED_CELLS ? `；…共${f.cells.length}格` : '';
  return shown.join('；') + more;
}

const partHeading = (part: string | undefined) => (part ? (PARTS.find((p) => p.id === part)?.heading ?? part) : '');

export interface BuildOptions {
  /** Last year's reports (`--previous`), paired by agency name. */
  readonly previous?: readonly ReadResult[];
  /** For the deadline's days left, as `check` does. */
  readonly today?: Date | null;
}

export function buildBatchReport(results: readonly ReadResult[], options: BuildOptions = {}): BatchReport {
  const readable = results.filter((r): r is ReadOk => r.ok);
  const previous = (options.previous ?? []).filter((r): r is ReadOk => r.ok);
  const pairs = pairWithPrevious(readable, previous);
  const duplicates = duplicateNotes(results);
  const rows: BatchRow[] = [];
  const findings: FindingRow[] = [];
  const ruleIds: string[] = [];
  let withErrors = 0;

  for (const r of results) {
    const duplicate = duplicates.get(r.file) ?? '';
    if (!r.ok) {
      rows.push({
        file: r.file,
        read: false,
        reason: r.reason,
        source: SOURCE_LABELS[sourceOf(r.file)],
        agency: '',
        year: null,
        format: '',
        kind: '',
        cellsFound: null,
        cellsTotal: null,
        doubts: null,
        errors: null,
        warnings: null,
        byRule: new Map(),
        deadline: '',
        previous: '',
        notes: duplicate,
      });
      findings.push({
        file: r.file,
        agency: '',
        part: '',
        rule: 'file.unreadable',
        severity: SEVERITY_LABELS.error,
        message: r.reason,
        cells: '',
        quoted: '',
      });
      continue;
    }
    const pair = pairs.get(r.file) ?? { previous: null, note: '' };
    const list = checkDraft(r.draft, { previous: pair.previous?.draft ?? null, today: options.today ?? null });
    // A finding the agency marked 已核实 (with its reason) is listed as such and not counted as open.
    const { open, confirmed } = splitConfirmed(list, r.draft.confirmations);
    const values = draftCellValues(r.draft);
    const byRule = new Map<string, number>();
    let errors = 0;
    let warnings = 0;
    for (const f of open) {
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
      if (f.severity !== 'info') {
        byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
        if (!ruleIds.includes(f.rule)) ruleIds.push(f.rule);
      }
      findings.push({
        file: r.file,
        agency: r.draft.agency.name,
        part: partHeading(f.part),
        rule: f.rule,
        severity: SEVERITY_LABELS[f.severity],
        message: f.message,
        cells: f.cells.join(' '),
        quoted: quoted(r, f, values),
      });
    }
    for (const { finding: f, confirmation } of confirmed) {
      findings.push({
        file: r.file,
        agency: r.draft.agency.name,
        part: partHeading(f.part),
        rule: f.rule,
        severity: CONFIRMED_LABEL,
        message: `${f.message}（已核实：${confirmation.reason}）`,
        cells: f.cells.join(' '),
        quoted: quoted(r, f, values),
      });
    }
    for (const doubt of r.coverage?.doubts ?? []) {
      findings.push({
        file: r.file,
        agency: r.draft.agency.name,
        part: '',
        rule: 'import.doubt',
        severity: SEVERITY_LABELS.warning,
        message: doubt,
        cells: '',
        quoted: '',
      });
    }
    if (errors > 0) withErrors++;
    const entered = cellIndex(r.draft.format).entered;
    const due = publishDeadline(r.draft);
    rows.push({
      file: r.file,
      read: true,
      reason: '',
      source: SOURCE_LABELS[r.source],
      agency: r.draft.agency.name,
      year: r.draft.year,
      format: `${r.draft.format}年格式`,
      kind: AGENCY_KIND_LABELS[r.draft.agency.kind],
      cellsFound: r.coverage
        ? r.coverage.found.length
        : entered.filter((c) => r.draft.values[c.address] !== undefined && r.draft.values[c.address] !== null).length,
      cellsTotal: entered.length,
      doubts: r.coverage?.doubts.length ?? 0,
      errors,
      warnings,
      byRule,
      deadline: `${due.year}年${due.month}月${due.day}日`,
      previous: pair.previous?.file ?? '',
      notes: [duplicate, pair.note].filter(Boolean).join('；'),
    });
  }
  return {
    rows,
    findings,
    ruleIds,
    readCount: readable.length,
    unreadCount: results.length - readable.length,
    withErrors,
  };
}
