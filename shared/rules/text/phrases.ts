/**
 * Phrase → table item, for `text.numbers`. The printed labels of the format definitions give most phrases (予以公开,
 * 不予公开, 上年结转, 自然人, 行政复议, 结果维持, 规章, 行政处罚, 本年制发件数 → 制发 …); the words reports use
 * instead (共收到, 同意公开, 办结, 答复 …) are in SYNONYMS, the one hand-written list. Built once per format.
 */
import { FEE_FIELDS } from '../../input/applyInput';
import {
  APPLICANT_COLUMNS,
  applicationsRows,
  cellIndex,
  getFormat,
  ORG_COLUMN_IDS,
  ORG_GROUP_LABEL,
} from '../../templates';
import type { FormatId } from '../../templates';

/**
 * appRow: rows of table 三 (alternatives: a phrase may mean either, e.g. 收到 = 一 or 一+二); appCol: applicant
 * columns (need an appRow earlier in the sentence); lawGroup / lawOutcome: table 四 (an outcome needs its group
 * earlier in the sentence); activeRow / activeCol: table 二 (a column needs its row in the sentence); fee: 2021 fee
 * fields.
 */
export type Subject =
  | { readonly kind: 'appRow'; readonly alternatives: readonly (readonly string[])[] }
  | { readonly kind: 'appCol'; readonly cols: readonly string[]; readonly label: string }
  | { readonly kind: 'lawGroup'; readonly groups: readonly string[]; readonly label: string }
  | { readonly kind: 'lawOutcome'; readonly outcome: string; readonly label: string }
  | { readonly kind: 'activeRow'; readonly row: string }
  | { readonly kind: 'activeCol'; readonly cols: readonly string[] }
  | { readonly kind: 'fee'; readonly count: readonly string[]; readonly money: readonly string[] };

export interface Phrase {
  readonly term: string;
  readonly subject: Subject;
  /** 答复, 办理: give way to a more specific phrase right before them (同意公开答复 9 件 is about 同意公开). */
  readonly weak?: boolean;
  /** Whole-year counts (收到, 办结 …): after 其中 or 网上 they name a subset, which the table does not hold. */
  readonly whole?: boolean;
}

/**
 * What the hand-written words mean. Application words name rows by role: `received` is 一 or 一+二 (reports count
 * both ways), `handled` is 三（七） or 一+二. Active-table words name column roles that map per format below.
 */
type SynonymMeaning =
  | 'received'
  | 'new'
  | 'carriedOver'
  | 'granted'
  | 'partial'
  | 'total'
  | 'handled'
  | 'carryForward'
  | 'direct'
  | 'upheld'
  | 'corrected'
  | 'pending'
  | 'normativeDocs'
  | 'issue'
  | 'inForce'
  | 'fee'
  | 'feeNotice'
  | 'feeCollected';

const SYNONYMS: readonly (readonly [string, SynonymMeaning, ('weak' | 'whole')?])[] = [
  ['收到', 'received', 'whole'],
  ['共收到', 'received', 'whole'],
  ['受理', 'received', 'whole'],
  ['共受理', 'received', 'whole'],
  ['接收', 'received', 'whole'],
  ['新收', 'new', 'whole'],
  ['本年度新收', 'new', 'whole'],
  ['上年度结转', 'carriedOver'],
  ['上一年度结转', 'carriedOver'],
  ['上年转入', 'carriedOver'],
  ['同意公开', 'granted'],
  ['全部公开', 'granted'],
  ['区分处理', 'partial'],
  ['办结', 'total', 'whole'],
  ['已办结', 'total', 'whole'],
  ['办理完毕', 'total', 'whole'],
  ['答复', 'total', 'weak'],
  ['办理', 'handled', 'weak'],
  ['结转下年度', 'carryForward'],
  ['结转下一年度', 'carryForward'],
  ['结转下一年', 'carryForward'],
  ['结转至下年度', 'carryForward'],
  ['结转至下一年度', 'carryForward'],
  ['结转到下年度', 'carryForward'],
  ['转下一年度', 'carryForward'],
  ['转入下一年度', 'carryForward'],
  ['转入下年度', 'carryForward'],
  ['顺延到下年度', 'carryForward'],
  ['顺延至下年度', 'carryForward'],
  ['待答复', 'carryForward'],
  ['直接起诉', 'direct'],
  ['维持', 'upheld'],
  ['纠正', 'corrected'],
  ['纠错', 'corrected'],
  ['未审结', 'pending'],
  ['规范性文件', 'normativeDocs'],
  ['行政规范性文件', 'normativeDocs'],
  ['新制发', 'issue'],
  ['印发', 'issue'],
  ['出台', 'issue'],
  ['制定', 'issue'],
  ['现行有效', 'inForce'],
  ['信息处理费', 'fee'],
  ['收费通知', 'feeNotice'],
  ['实际收取', 'feeCollected'],
];

/** Labels that are everyday words in prose: 3.其他 (a row of （六）) would tie to any “其他…N件”. */
const TOO_COMMON = new Set(['其他', '总计']);

/** 2021 and 2019 columns of table 二 by role (the 2019 format has 新制作 and 对外公开总数量 instead). */
const ACTIVE_ROLES: Readonly<Record<FormatId, Readonly<Record<'issue' | 'inForce', readonly string[]>>>> = {
  '2021': { issue: ['issued'], inForce: ['inForce'] },
  '2019': { issue: ['made'], inForce: ['totalPublic'] },
};

/** 一、本年新收政府信息公开申请数量 → 本年新收; （二）部分公开（区分处理的…） → 部分公开; 本年制发件数 → 制发. */
export function labelTerm(label: string): string {
  return label
    .replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '')
    .replace(/（[^）]*）$/, '')
    .replace(/政府信息公开申请数量$/, '')
    .replace(/^本年(?!新收)/, '')
    .replace(/(?:件数|数量)$/, '');
}

export interface PhraseTable {
  /** Terms by their first character, longest first: one pass over a text finds them all. */
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly byTerm: ReadonlyMap<string, Phrase>;
  /** Table-三 row labels for messages (row id → label with its group). */
  readonly rowLabels: ReadonlyMap<string, string>;
  /** Rows of each group label （三）不予公开 …, to name a whole group in a message. */
  readonly groups: ReadonlyMap<string, readonly string[]>;
}

function buildTable(format: FormatId): PhraseTable {
  const byTerm = new Map<string, Phrase>();
  const add = (term: string, subject: Subject, flag?: 'weak' | 'whole') => {
    if (term.length < 2 || TOO_COMMON.has(term) || byTerm.has(term)) return;
    byTerm.set(term, {
      term,
      subject,
      ...(flag === 'weak' ? { weak: true } : flag === 'whole' ? { whole: true } : {}),
    });
  };
  const appRow = (...alternatives: string[][]): Subject => ({ kind: 'appRow', alternatives });

  // Table 三 rows and groups, from the template's labels.
  const rows = applicationsRows(format);
  const rowLabels = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    rowLabels.set(row.id, row.group ? `${row.group}${row.label}` : row.label);
    if (row.group) groups.set(row.group, [...(groups.get(row.group) ?? []), row.id]);
  }
  for (const row of rows) {
    if (row.id === 'total') continue; // （七）总计 → 总计: far too common a word; 办结 / 答复 name it
    add(labelTerm(row.label), appRow([row.id]), row.section === 'new' ? 'whole' : undefined);
  }
  for (const [group, ids] of groups) add(labelTerm(group), appRow([...ids]));
  const groupOf = (id: string) => [...groups.values()].find((ids) => ids.includes(id));

  // Applicant columns: 自然人 … 法律服务机构 (其他 and 总计 are too common), and 法人或其他组织 for the five.
  for (const col of APPLICANT_COLUMNS) {
    if (col.id === 'otherOrg' || col.id === 'total') continue;
    add(col.label, { kind: 'appCol', cols: [col.id], label: col.label });
  }
  add(ORG_GROUP_LABEL, { kind: 'appCol', cols: ORG_COLUMN_IDS, label: ORG_GROUP_LABEL });

  // Table 四: groups from the row labels (行政复议, 行政诉讼·未经复议直接起诉 …), outcomes from the column labels.
  const litigation = cellIndex(format).all.filter((c) => c.table === 'litigation');
  const lawGroups = litigation.filter((c) => c.sumOf).map((c) => c.col.replace(/Total$/, ''));
  const lawPaths = new Map<string, string[]>(); // printed name → group ids
  for (const c of litigation.filter((cell) => cell.sumOf)) {
    const group = c.col.replace(/Total$/, '');
    for (const name of c.rowLabel.split('·')) lawPaths.set(name, [...(lawPaths.get(name) ?? []), group]);
  }
  for (const [name, ids] of lawPaths) add(name, { kind: 'lawGroup', groups: ids, label: name });
  const outcomes = litigation.filter((c) => c.col.startsWith(lawGroups[0]!) && !c.sumOf);
  for (const c of outcomes)
    add(c.colLabel, { kind: 'lawOutcome', outcome: c.col.slice(lawGroups[0]!.length), label: c.colLabel });
  const outcomeNamed = (suffix: string): Subject => {
    const c = outcomes.find((o) => o.col.endsWith(suffix))!;
    return { kind: 'lawOutcome', outcome: c.col.slice(lawGroups[0]!.length), label: c.colLabel };
  };

  // Table 二: rows and columns, from the labels.
  const active = cellIndex(format).all.filter((c) => c.table === 'active');
  for (const c of active) add(c.rowLabel, { kind: 'activeRow', row: c.row });
  for (const c of active) add(labelTerm(c.colLabel), { kind: 'activeCol', cols: [c.col] });

  // 2021 fee fields, from their form labels (发出收费通知（件） → 发出收费通知).
  const feeSubject = (fields: string[], money: string[]): Subject => ({ kind: 'fee', count: fields, money });
  if (getFormat(format).hasProcessingFees) {
    add(labelTerm(FEE_FIELDS['processingFees.noticeCount']!.label), feeSubject(['noticeCount'], ['noticeAmount']));
    add(labelTerm(FEE_FIELDS['processingFees.noticeAmount']!.label), feeSubject([], ['noticeAmount']));
    add(labelTerm(FEE_FIELDS['processingFees.collectedAmount']!.label), feeSubject([], ['collectedAmount']));
  }

  for (const [term, meaning, flag] of SYNONYMS) {
    const subject = ((): Subject | null => {
      switch (meaning) {
        case 'received':
          return appRow(['new'], ['new', 'carriedOver']);
        case 'new':
        case 'carriedOver':
        case 'granted':
        case 'partial':
        case 'total':
        case 'carryForward':
          return appRow(groupOf(meaning) ?? [meaning]);
        case 'handled':
          return appRow(['total'], ['new', 'carriedOver']);
        case 'direct': {
          // 直接起诉 is short for the group printed 未经复议直接起诉
          const [label, groups] = [...lawPaths].find(([, ids]) => ids.length === 1 && ids[0] === 'direct') ?? [];
          return label && groups ? { kind: 'lawGroup', groups, label } : null;
        }
        case 'upheld':
          return outcomeNamed('Upheld');
        case 'corrected':
          return outcomeNamed('Corrected');
        case 'pending':
          return outcomeNamed('Pending');
        case 'normativeDocs':
          return { kind: 'activeRow', row: 'normativeDocs' };
        case 'issue':
        case 'inForce':
          return { kind: 'activeCol', cols: ACTIVE_ROLES[format][meaning] };
        case 'fee':
          return getFormat(format).hasProcessingFees
            ? feeSubject(['noticeCount'], ['collectedAmount', 'noticeAmount'])
            : null;
        case 'feeNotice':
          return getFormat(format).hasProcessingFees ? feeSubject(['noticeCount'], ['noticeAmount']) : null;
        case 'feeCollected':
          return getFormat(format).hasProcessingFees ? feeSubject([], ['collectedAmount']) : null;
      }
    })();
    if (subject) add(term, subject, flag);
  }

  const byFirst = new Map<string, string[]>();
  for (const term of [...byTerm.keys()].sort((a, b) => b.length - a.length)) {
    byFirst.set(term[0]!, [...(byFirst.get(term[0]!) ?? []), term]);
  }
  return {
    byFirst,
    byTerm,
    rowLabels,
    groups,
  };
}

const TABLES = new Map<FormatId, PhraseTable>();

export function phraseTable(format: FormatId): PhraseTable {
  let table = TABLES.get(format);
  if (!table) {
    table = buildTable(format);
    TABLES.set(format, table);
  }
  return table;
}

/** Leftmost-longest, non-overlapping occurrences of the table's phrases in `text[start, end)`. */
export function findPhrases(
  table: PhraseTable,
  text: string,
  start: number,
  end: number,
): { start: number; end: number; phrase: Phrase }[] {
  const found: { start: number; end: number; phrase: Phrase }[] = [];
  for (let i = start; i < end;) {
    const term = table.byFirst.get(text[i]!)?.find((t) => i + t.length <= end && text.startsWith(t, i));
    if (!term) {
      i++;
      continue;
    }
    found.push({ start: i, end: i + term.length, phrase: table.byTerm.get(term)! });
    i += term.length;
  }
  return found;
}
