/**
 * Splitting a run of digits back into table cells (text scraped flat: "640020470" for 64|0|0|2|0|4|70). Every split
 * is enumerated that gives each cell a number without a leading zero ("0" alone is fine), never lets a cell cross a
 * space the source printed, and satisfies the sums the format defines (`sumOf` of the cells in the run). The caller
 * takes the split only when it is the only one; the work is capped so that a hostile run costs a bounded amount.
 */
import type { CellDef } from '../templates';

/** Characters of one run that are worth trying: a table row of seven cells of five digits is 35. */
export const MAX_RUN_CHARS = 80;
/** Steps of the enumeration per run; well above what a real row needs (a few hundred). */
export const MAX_SPLIT_STEPS = 20_000;
/** Steps for all the runs of one table: a page of hostile runs costs this much at most, not steps × runs. */
export const MAX_TABLE_STEPS = 200_000;

/** Steps left for the runs of one table, shared by its splitRun calls. */
export interface SplitBudget {
  steps: number;
}
export const tableBudget = (): SplitBudget => ({ steps: MAX_TABLE_STEPS });
/** Candidates kept for the doubt (the count goes on). */
const KEPT = 6;

export interface RunSplit {
  /** Splits found (at most a few kept), each one string per cell. */
  readonly candidates: readonly (readonly string[])[];
  /** How many splits satisfy everything (exact unless `overflow`). */
  readonly count: number;
  /** The run was too long or the enumeration ran out of steps: nothing may be concluded from it. */
  readonly overflow: boolean;
}

/** A sum among the cells of the run, by index: cells[total] = Σ cells[parts]. */
interface Sum {
  readonly total: number;
  readonly parts: readonly number[];
}

/** The format's sums whose total and parts all lie in `cells` (in-row sums; a column total in another row is not). */
export function sumsWithin(cells: readonly CellDef[]): Sum[] {
  const at = new Map(cells.map((c, i) => [c.address, i]));
  const sums: Sum[] = [];
  cells.forEach((cell, total) => {
    if (!cell.sumOf) return;
    const parts = cell.sumOf.map((a) => at.get(a));
    if (parts.every((p): p is number => p !== undefined)) sums.push({ total, parts });
  });
  return sums;
}

const INTEGER = /^(?:0|[1-9]\d*)$/;
const NEGATIVE = /^-[1-9]\d*$/;
const DECIMAL = /^(?:0|[1-9]\d*)\.\d+$/;

function validCell(text: string, cell: CellDef): boolean {
  return (
    INTEGER.test(text) ||
    (cell.kind === 'money' && DECIMAL.test(text)) ||
    (cell.kind === 'signedCount' && NEGATIVE.test(text))
  );
}

/**
 * Every split of `pieces` (digit strings the source kept apart, in order) into `cells.length` cells. A total whose
 * parts come before it is not enumerated but checked: its text must be the sum of its parts.
 */
export function splitRun(
  pieces: readonly string[],
  cells: readonly CellDef[],
  budget: SplitBudget = tableBudget(),
): RunSplit {
  const chars = pieces.reduce((n, p) => n + p.length, 0);
  if (chars > MAX_RUN_CHARS || budget.steps <= 0 || pieces.some((p) => p.length === 0))
    return { candidates: [], count: 0, overflow: true };
  const sums = sumsWithin(cells);
  const charsAfter: number[] = [];
  for (let i = pieces.length - 1, n = 0; i >= 0; i--) charsAfter[i] = n += pieces[i]!.length;
  const sumAt = new Map(sums.map((s) => [s.total, s]));
  const forced = new Set(sums.filter((s) => s.parts.every((p) => p < s.total)).map((s) => s.total));
  // For a part of a forced total: that total, whose digits must still fit after the part.
  const totalOf = new Map<number, Sum>();
  for (const s of sums) if (forced.has(s.total)) for (const p of s.parts) totalOf.set(p, s);
  const chosen: string[] = [];
  const values: number[] = [];
  const candidates: string[][] = [];
  let count = 0;
  let steps = 0;
  let overflow = false;

  const holds = () =>
    sums.every((s) => forced.has(s.total) || s.parts.reduce((t, p) => t + values[p]!, 0) === values[s.total]);

  // piece: index of the piece being cut; at: offset in it; cell: next cell to fill.
  const visit = (piece: number, at: number, cell: number): void => {
    if (overflow) return;
    if (++steps > MAX_SPLIT_STEPS || --budget.steps < 0) {
      overflow = true;
      return;
    }
    if (cell === cells.length) {
      if (piece === pieces.length && holds()) {
        count++;
        if (candidates.length < KEPT) candidates.push([...chosen]);
      }
      return;
    }
    if (piece === pieces.length) return;
    const text = pieces[piece]!;
    // Each piece still to cut needs a cell of its own, and each cell a character.
    const cellsLeft = cells.length - cell;
    if (cellsLeft < pieces.length - piece || cellsLeft > charsAfter[piece]! - at) return;
    const tryCell = (len: number) => {
      const cellText = text.slice(at, at + len);
      if (!validCell(cellText, cells[cell]!)) return;
      chosen.push(cellText);
      values.push(Number(cellText));
      if (at + len === text.length) visit(piece + 1, 0, cell + 1);
      else visit(piece, at + len, cell + 1);
      chosen.pop();
      values.pop();
    };
    if (forced.has(cell)) {
      const s = sumAt.get(cell)!;
      const total = s.parts.reduce((t, p) => t + values[p]!, 0);
      const want = String(Math.round(total * 1e8) / 1e8);
      if (text.startsWith(want, at)) tryCell(want.length);
      return;
    }
    for (let len = 1; at + len <= text.length; len++) {
      // A zero is a cell of its own: "05" is never one number.
      if (len > 1 && text[at] === '0' && text[at + 1] !== '.') break;
      const rest = charsAfter[piece]! - at - len;
      if (cellsLeft - 1 > rest) break;
      const sum = totalOf.get(cell);
      if (sum) {
        // The total is at least as long as its parts so far: what is left after this cell must hold it, and a
        // character for every other cell still to come.
        const partial = sum.parts.reduce((t, p) => (p < cell ? t + values[p]! : t), 0);
        const room = rest - (cellsLeft - 2);
        if (String(partial + Number(text.slice(at, at + len))).length > room) break;
      }
      tryCell(len);
      if (overflow) return;
    }
  };
  visit(0, 0, 0);
  return { candidates, count, overflow };
}

/** The candidates for a doubt: 64|0|0|2|0|4|70 或 6|4|…, and 等 N 种拆法 beyond the few shown. */
export function describeCandidates(split: RunSplit): string {
  const shown = split.candidates.slice(0, 3).map((c) => c.join('|'));
  const more = split.count > shown.length ? `等 ${split.count} 种拆法` : '';
  return `${shown.join(' 或 ')}${more}`;
}
