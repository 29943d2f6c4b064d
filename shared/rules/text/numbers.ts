/**
 * `text.numbers`: a figure in the narrative that names a table item and disagrees with it. Precision first — a
 * figure is compared only when the phrase naming it stands right before it in the same clause with nothing but
 * filler words between (受理政府信息公开申请 21 件, “同意公开”1件, 不予公开答复 2件), or when an item of table 三
 * or 四 follows its unit directly (另有 103 件顺延到下年度); anything else (不予公开文件数60条,
 * 网上受理18条, 行政规范性文件等 243 件, 5500 余条) is left alone. A phrase that reports count two ways (收到 = 一 or
 * 一+二) passes when either matches; an empty table item is never compared (value.empty reports it).
 */
import { FEE_FIELDS } from '../../input/applyInput';
import type { Draft } from '../../model/draft';
import { cellIndex, getFormat } from '../../templates';
import type { FormatId } from '../../templates';
import type { RuleContext } from '../context';
import { printNumber } from '../context';
import type { RawFinding } from '../types';
import { TextCache } from './cache';
import { excerpt, narrativeTexts, textPlace } from './narrative';
import type { TextUnit } from './narrative';
import { findNumbers } from './numerals';
import type { NumberToken } from './numerals';
import { findPhrases, phraseTable } from './phrases';
import type { Phrase, PhraseTable, Subject } from './phrases';
import { splitClauses, splitSentences } from './sentences';
import type { Span } from './sentences';

interface Match {
  readonly start: number;
  readonly end: number;
  readonly phrase: Phrase;
}

/** Words that may stand between a phrase and its figure without changing what is counted. */
const FILLER =
  /^(?:\s|[“”"'‘’「」『』:：]|的|了|为|是|共计|合计|共|有|达到|达|数量|件数|总数|数|政府信息公开申请|信息公开申请|依申请公开政府信息|依申请信息公开|依申请公开|政府信息|申请|决定|案件|答复|办理)*$/;
/** Between two phrases that are counted together: 予以公开及部分公开 208 件, 行政复议、行政诉讼案件 74 件. */
const CONJUNCTION = /^\s*(?:及|和|与|、|以及|或)\s*$/;
/** Before a whole-year phrase in its clause: the figure is a subset (其中网上受理18条). */
const SUBSET = /其中|网上|线上|线下|当面|信函|邮寄|邮件|传真|现场|窗口/;
/** Approximate figures are not compared: 近300个, 超过3000件, 100件以上. */
const APPROX_BEFORE = /(?:近|约|超|超过|逾|不足|不到|将近|大约)\s*$/;
const APPROX_AFTER = /^\s*(?:以上|左右|余|多)/;
/** Between a figure and the item named after it: 103 件顺延到下年度, 2 件申请不予公开. */
const AFTER_UNIT = /^\s*(?:申请|被)?\s*$/;
/** How far before a phrase 其中 / 网上 / 清理 … are looked for. */
const LOOK_BACK = 24;
/** Before a row of table 二: another action on those documents (清理规章 5 件 is not 制发 nor 现行有效). */
const OTHER_ACTION = /(?:清理|修订|修改|审查|审核|备案|解读|评估|征求|起草|报送|梳理|宣传)\S{0,3}$/;
/** What may stand between a figure and its share: 208 件（17.46%）, 208件，占比17.46%. */
const SHARE_GAP = /^\s*(?:[（(]|[，,]\s*)?(?:占比|占)?\s*(?:为|达)?\s*$/;

/** Columns of table 二 a row named alone never stands for. */
const ROW_ALONE_NEVER = new Set(['repealed', 'change']);

type Of<K extends Subject['kind']> = Extract<Subject, { kind: K }>;

interface Alternative {
  readonly value: number;
  readonly cells: readonly string[];
  readonly label: string;
}

/** A table item's value: null when every cell of it is empty (then nothing is compared). */
function sum(ctx: RuleContext, cells: readonly string[]): number | null {
  let total = 0;
  let any = false;
  for (const c of cells) {
    const v = ctx.values.get(c);
    if (v === null || v === undefined) continue;
    total += v;
    any = true;
  }
  return any ? total : null;
}

function tableName(draft: Draft, part: 'active' | 'applications' | 'litigation'): string {
  return `表${
    getFormat(draft.format)
      .parts.find((p) => p.id === part)!
      .heading.split('、')[0]
  }`;
}

/** A row's printed label without its trailing note: （二）部分公开（区分处理的…） → （二）部分公开. */
const shortLabel = (label: string) => label.replace(/（[^）]*）$/, '');

function rowsLabel(table: PhraseTable, rows: readonly string[]): string {
  if (rows.length === 1) return `“${shortLabel(table.rowLabels.get(rows[0]!)!)}”`;
  for (const [group, ids] of table.groups) {
    if (ids.length === rows.length && ids.every((id) => rows.includes(id))) return `“${group}”`;
  }
  return rows.map((r) => shortLabel(table.rowLabels.get(r)!).split('、')[0]).join('+');
}

interface Context {
  appRow: Match | null;
  lawGroup: Match | null;
  activeRow: Match | null;
}

/** The values a figure may stand for, or null when it names nothing the tables hold. */
function alternatives(
  ctx: RuleContext,
  table: PhraseTable,
  chain: readonly Match[],
  before: Match | null,
  context: Context,
  token: NumberToken,
): Alternative[] | null {
  const { draft } = ctx;
  const subject = chain[chain.length - 1]!.phrase.subject;
  const counted = token.kind === 'count';
  const same = chain.every((m) => m.phrase.subject.kind === subject.kind);
  if (!same) return null;
  const app = tableName(draft, 'applications');
  const law = tableName(draft, 'litigation');
  const make = (cells: string[], label: string): Alternative | null => {
    const value = sum(ctx, cells);
    return value === null ? null : { value, cells, label };
  };
  // 一+二 with 一 still empty is not a figure to compare: every row (or group of rows) summed must hold a value.
  const filled = (rows: readonly string[], cols: readonly string[]) =>
    [...new Set(rows.map((r) => [...table.groups.values()].find((ids) => ids.includes(r)) ?? [r]))].every(
      (ids) =>
        sum(
          ctx,
          ids.flatMap((r) => cols.map((c) => `applications.${r}.${c}`)),
        ) !== null,
    );
  const appAlternatives = (rowSets: readonly (readonly string[])[], cols: readonly string[], colLabel: string) =>
    rowSets.map((rows) =>
      !filled(rows, cols)
        ? null
        : make(
            rows.flatMap((r) => cols.map((c) => `applications.${r}.${c}`)),
            `${app}${rowsLabel(table, rows)}${rows.length === 1 && rows[0] === 'total' ? '' : colLabel}`,
          ),
    );
  let found: (Alternative | null)[];
  switch (subject.kind) {
    case 'appRow': {
      if (!counted) return null;
      const rowSets =
        chain.length > 1
          ? [chain.flatMap((m) => (m.phrase.subject as Of<'appRow'>).alternatives[0]!)]
          : subject.alternatives;
      found = appAlternatives(rowSets, ['total'], '总计');
      break;
    }
    case 'appCol': {
      const row = context.appRow?.phrase.subject;
      if (!counted || chain.length > 1 || row?.kind !== 'appRow') return null;
      found = appAlternatives(row.alternatives, subject.cols, subject.label);
      break;
    }
    case 'lawGroup': {
      if (!counted) return null;
      const groups = chain.flatMap((m) => (m.phrase.subject as Of<'lawGroup'>).groups);
      const label = chain.map((m) => `“${(m.phrase.subject as Of<'lawGroup'>).label}”`).join('+');
      found = [
        make(
          [...new Set(groups)].map((g) => `litigation.cases.${g}Total`),
          `${law}${label}总计`,
        ),
      ];
      break;
    }
    case 'lawOutcome': {
      const group = context.lawGroup?.phrase.subject;
      if (!counted || chain.length > 1 || group?.kind !== 'lawGroup') return null;
      found = [
        make(
          group.groups.map((g) => `litigation.cases.${g}${subject.outcome}`),
          `${law}“${group.label}·${subject.label}”`,
        ),
      ];
      break;
    }
    case 'activeRow':
    case 'activeCol': {
      if (chain.length > 1) return null;
      let row: string;
      let cols: readonly string[] | null;
      if (subject.kind === 'activeRow') {
        row = subject.row;
        cols = before?.phrase.subject.kind === 'activeCol' ? before.phrase.subject.cols : null;
      } else {
        const r = context.activeRow?.phrase.subject;
        if (r?.kind !== 'activeRow') return null;
        row = r.row;
        cols = subject.cols;
      }
      // A row named alone (规章 13 件) may mean any of its counts but 废止 and 增/减, which nobody states that way.
      const { byAddress, all } = cellIndex(draft.format);
      const cells = (
        cols ??
        all.filter((c) => c.table === 'active' && c.row === row && !ROW_ALONE_NEVER.has(c.col)).map((c) => c.col)
      )
        .map((c) => byAddress.get(`active.${row}.${c}`))
        .filter((c) => c !== undefined && (c.kind === 'money') === (token.kind === 'money'));
      found = cells.map((cell) => {
        const unit = cell!.unit ?? draft.units[cell!.address] ?? '元';
        const value = ctx.values.get(cell!.address);
        if (value === null || value === undefined) return null;
        return {
          value: cell!.kind === 'money' && unit === '万元' ? value * 1e4 : value,
          cells: [cell!.address],
          label: `${tableName(draft, 'active')}“${cell!.rowLabel}·${cell!.colLabel}”`,
        };
      });
      break;
    }
    case 'fee': {
      const fees = draft.processingFees;
      if (!fees || chain.length > 1) return null;
      const fields = token.kind === 'money' ? subject.money : token.kind === 'count' ? subject.count : [];
      found = fields.map((field) => {
        const value = fees[field as 'noticeCount'];
        const def = Object.values(FEE_FIELDS).find((f) => f.field === field)!;
        return value === null ? null : { value, cells: [], label: `信息处理费“${def.label}”` };
      });
      break;
    }
  }
  const usable = found.filter((a): a is Alternative => a !== null);
  return usable.length > 0 ? usable : null;
}

/** How far a written figure may be from the table's: half a unit of the last digit written (7730万元 ≈ 7730.28万元). */
function agrees(token: NumberToken, scale: number, value: number): boolean {
  return Math.abs(token.value - value) <= 0.5 * 10 ** -token.decimals * scale + 1e-9;
}

const shown = (token: NumberToken, value: number): string =>
  printNumber(token.unit === '万元' ? value / 1e4 : value) + token.unit;

/** Denominators a share of table 三 may be taken of: （七）总计, 一, 一+二 (the first one present is named). */
function shareBases(ctx: RuleContext, table: PhraseTable): Alternative[] {
  const app = tableName(ctx.draft, 'applications');
  return [['total'], ['new'], ['new', 'carriedOver']]
    .map((rows) => {
      const cells = rows.map((r) => `applications.${r}.total`);
      const label = `${app}${rowsLabel(table, rows)}${rows[0] === 'total' ? '' : '总计'}`;
      return { value: sum(ctx, cells), cells, label };
    })
    .filter((b) => b.value !== null && b.value > 0) as Alternative[];
}

/** A figure tied to the phrase naming it: all of it read from the words alone, so it is cached per paragraph. */
interface Tie {
  readonly sentence: Span;
  readonly chain: readonly Match[];
  readonly before: Match | null;
  readonly context: Context;
  readonly token: NumberToken;
  /** 10 000 for 1.2万件 / 12万元: the precision the figure was written with. */
  readonly scale: number;
  /** A share written right after the figure: 208 件（17.46%）. */
  readonly share: NumberToken | null;
}

function sentenceTies(table: PhraseTable, text: string, sentence: Span, ties: Tie[]): void {
  const matches = findPhrases(table, text, sentence.start, sentence.end);
  if (matches.length === 0) return;
  const tokens = findNumbers(text.slice(sentence.start, sentence.end)).map((t) => ({
    ...t,
    start: t.start + sentence.start,
    end: t.end + sentence.start,
    unitStart: t.unitStart + sentence.start,
  }));
  if (tokens.length === 0) return;
  const clauses = splitClauses(text, sentence);
  let clauseAt = 0; // figures come in order, so the clause pointer only moves forward
  const clauseOf = (offset: number): Span => {
    while (clauseAt < clauses.length && clauses[clauseAt]!.end <= offset) clauseAt++;
    const c = clauses[clauseAt];
    return c && offset >= c.start ? c : sentence;
  };

  const context: Context = { appRow: null, lawGroup: null, activeRow: null };
  let next = 0; // matches[next] is the first phrase not yet passed
  let previousEnd = sentence.start;
  for (const [i, token] of tokens.entries()) {
    if (token.kind === 'percent') continue;
    const clause = clauseOf(token.start);
    const bound = Math.max(clause.start, previousEnd);
    previousEnd = token.end;
    // Phrases before this figure set the context for the columns that follow them.
    const passed: Match[] = [];
    while (next < matches.length && matches[next]!.end <= token.start) passed.push(matches[next++]!);
    const candidates = passed.filter((m) => m.start >= bound);
    for (const m of passed) {
      const k = m.phrase.subject.kind;
      if (k === 'appRow') context.appRow = m;
      else if (k === 'lawGroup') context.lawGroup = m;
      else if (k === 'activeRow') context.activeRow = m;
    }
    const written = text.slice(token.start, token.unitStart);
    const scale = (/万/.test(written) ? 1e4 : /亿/.test(written) ? 1e8 : 1) * (token.unit === '万元' ? 1e4 : 1);
    if (candidates.length === 0) {
      // No phrase before: a table-三 or table-四 item right after the unit may name it (另有 103 件顺延到下年度答复).
      const after = matches[next];
      const kind = after?.phrase.subject.kind;
      if (
        after &&
        after.start < clause.end &&
        (kind === 'appRow' || kind === 'lawGroup') &&
        !after.phrase.weak &&
        !after.phrase.whole &&
        AFTER_UNIT.test(text.slice(token.end, after.start)) &&
        !APPROX_BEFORE.test(text.slice(bound, token.start))
      ) {
        ties.push({ sentence, chain: [after], before: null, context: { ...context }, token, scale, share: null });
      }
      continue;
    }
    if (APPROX_BEFORE.test(text.slice(bound, token.start)) || APPROX_AFTER.test(text.slice(token.end, token.end + 3))) {
      continue;
    }
    // The phrase the figure belongs to: the last one before it, unless that is a weak word after a stronger one.
    let at = candidates.length - 1;
    if (!FILLER.test(text.slice(candidates[at]!.end, token.start))) continue;
    while (
      candidates[at]!.phrase.weak &&
      at > 0 &&
      FILLER.test(text.slice(candidates[at - 1]!.end, candidates[at]!.start))
    ) {
      at--;
    }
    const pick = candidates[at]!;
    // Look-backs are bounded, so a clause with many figures is still read in linear time.
    const lead = text.slice(Math.max(clause.start, pick.start - LOOK_BACK), pick.start);
    if (pick.phrase.whole && SUBSET.test(lead)) continue;
    if (pick.phrase.subject.kind === 'activeRow' && OTHER_ACTION.test(lead)) continue;
    const chain = [pick];
    for (let j = at - 1; j >= 0 && CONJUNCTION.test(text.slice(candidates[j]!.end, chain[0]!.start)); j--) {
      chain.unshift(candidates[j]!);
    }
    const before = at > 0 && FILLER.test(text.slice(candidates[at - 1]!.end, pick.start)) ? candidates[at - 1]! : null;
    const after = tokens[i + 1];
    const share = after?.kind === 'percent' && SHARE_GAP.test(text.slice(token.end, after.start)) ? after : null;
    ties.push({ sentence, chain, before, context: { ...context }, token, scale, share });
  }
}

/** Ties of each paragraph seen, per format: typing changes one paragraph, the others are not read again. */
const tieCaches: Record<FormatId, TextCache<readonly Tie[]>> = { '2019': new TextCache(), '2021': new TextCache() };

function tiesOf(format: FormatId, text: string): readonly Tie[] {
  return tieCaches[format].through(text, () => {
    const found: Tie[] = [];
    const table = phraseTable(format);
    for (const sentence of splitSentences(text)) sentenceTies(table, text, sentence, found);
    return found;
  });
}

function checkTie(ctx: RuleContext, table: PhraseTable, unit: TextUnit, tie: Tie): RawFinding | null {
  const { sentence, chain, token } = tie;
  const found = alternatives(ctx, table, chain, tie.before, tie.context, token);
  if (!found) return null;
  const text = unit.text;
  const quote = text.slice(sentence.start, sentence.end);
  const base = {
    rule: 'text.numbers' as const,
    severity: 'warning' as const,
    ...textPlace(unit, sentence.start, sentence.end),
  };
  const where = `${unit.where}：“${excerpt(text, sentence.start, sentence.end, chain[0]!.start)}”`;
  // The phrase and its figure as written, in either order (受理申请 21 件 / 103 件顺延到下年度).
  const written = (end: number) =>
    text.slice(Math.min(chain[0]!.start, token.start), Math.max(end, chain[0]!.end)).replace(/[“”"]/g, '');
  const match = found.find((a) => agrees(token, tie.scale, a.value));
  if (!match) {
    const [first, ...others] = found;
    const numbers = [token.value, ...found.map((a) => a.value)];
    return {
      ...base,
      cells: first!.cells,
      numbers,
      message:
        `${where}——文中“${written(token.end)}”，而${first!.label}为${shown(token, first!.value)}` +
        (others.length > 0 ? `（${others.map((a) => `${a.label}为${shown(token, a.value)}`).join('，')}）` : ''),
      key: `text.numbers|${first!.cells.join(',')}|${numbers.join(',')}|${quote}`,
    };
  }
  // A share right after an agreeing figure of table 三.
  const share = tie.share;
  if (!share || chain[0]!.phrase.subject.kind !== 'appRow') return null;
  const bases = shareBases(ctx, table);
  if (bases.length === 0) return null;
  const tolerance = 10 ** -share.decimals + 1e-9; // rounded or cut at the last digit written
  if (bases.some((b) => Math.abs((match.value / b.value) * 100 - share.value) <= tolerance)) return null;
  const [named] = bases;
  const computed = Math.round((match.value / named!.value) * 100 * 10 ** share.decimals) / 10 ** share.decimals;
  const numbers = [share.value, computed];
  return {
    ...base,
    cells: [...match.cells, ...named!.cells],
    numbers,
    message:
      `${where}——文中“${written(share.end)}”，而按${match.label}${printNumber(match.value)}` +
      `÷${named!.label}${printNumber(named!.value)}计算为${printNumber(computed)}%`,
    key: `text.numbers|${match.cells.join(',')}|${numbers.join(',')}|${quote}`,
  };
}

export function textNumbers(ctx: RuleContext): RawFinding[] {
  const table = phraseTable(ctx.draft.format);
  const findings: RawFinding[] = [];
  for (const unit of narrativeTexts(ctx.draft)) {
    for (const tie of tiesOf(ctx.draft.format, unit.text)) {
      const finding = checkTie(ctx, table, unit, tie);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
