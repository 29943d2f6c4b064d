import type { z } from 'zod';
import { draftSchema, SCHEMA_VERSION } from './draft';
import type { Draft } from './draft';
import { fileVersion, migrate, newerVersionMessage } from './migrations';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A draft file or argument larger than this is refused before it is parsed: no real report comes near it. */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;
export const MAX_DRAFT_MB = MAX_DRAFT_BYTES / 1024 / 1024;

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '（根）' : path.map(String).join('.');
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象（{…}）',
  array: '列表（[…]）',
  null: 'null',
  date: '日期',
  bigint: '整数',
  record: '对象（{…}）',
};
const typeName = (t: unknown) => TYPE_NAMES[String(t)] ?? String(t);
const shown = (v: unknown) => (typeof v === 'string' ? `“${v}”` : String(v));

/**
 * One zod issue in Chinese. zod's own messages are English, so only our custom issues (written in Chinese) keep their
 * message; every other code is put in words here.
 */
function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue && issue.input === undefined && issue.expected !== 'undefined'
        ? `缺少此项（应为${typeName(issue.expected)}）`
        : `应为${typeName(issue.expected)}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `过长：最多 ${String(issue.maximum)} ${issue.origin === 'string' ? '个字符' : '项'}`
        : `过大：应${issue.inclusive ? '不大于' : '小于'} ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? Number(issue.minimum) === 1
          ? '不能为空'
          : `过短：至少 ${String(issue.minimum)} ${issue.origin === 'string' ? '个字符' : '项'}`
        : `过小：应${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${shown(issue.values[0])}`
        : `应为以下之一：${issue.values.map(shown).join('、')}`;
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '内容不符合任何一种允许的形式';
    case 'invalid_key':
      return '字段名无效';
    case 'invalid_element':
      return '其中有无效的项';
    case 'custom':
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '内容有误';
  }
}

/** Chinese, one line per problem (at most ten), each naming the place in the file. */
export function formatZodError(error: z.ZodError): string {
  const lines = error.issues.slice(0, 10).map((issue) => `${describePath(issue.path)}：${issueText(issue)}`);
  if (error.issues.length > 10) lines.push(`……共 ${error.issues.length} 处问题`);
  return lines.join('\n');
}

/**
 * Validates an already-parsed JSON value as a current-version draft (an API argument, say). Draft *files* go through
 * `classifyDraftText`, which also migrates older versions.
 */
export function parseDraft(data: unknown): ParseResult<Draft> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: '文件内容不是草稿（应为 JSON 对象）' };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return { ok: false, error: newerVersionMessage(version) };
  }
  const result = draftSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, error: `草稿内容有误：\n${formatZodError(result.error)}` };
  return { ok: true, value: result.data };
}

/**
 * The size of a draft argument as JSON (UTF-8), or null when it cannot be serialized at all (a cycle, nesting too
 * deep): checked before anything else is done with it.
 */
function serializedBytes(input: unknown): number | null {
  try {
    const json = JSON.stringify(input);
    if (json === undefined) return 0;
    // A UTF-16 unit is at most 3 UTF-8 bytes: a draft clearly under the limit is not encoded to be measured.
    if (json.length * 3 <= MAX_DRAFT_BYTES) return json.length;
    return new TextEncoder().encode(json).length;
  } catch {
    return null;
  }
}

/** A Chinese refusal when a draft argument is over MAX_DRAFT_BYTES (or not serializable); null when it is fine. */
export function draftSizeProblem(input: unknown): string | null {
  const bytes = serializedBytes(input);
  if (bytes === null) return '草稿内容有误：无法转换为 JSON';
  if (bytes <= MAX_DRAFT_BYTES) return null;
  return `草稿过大（${(bytes / 1024 / 1024).toFixed(1)} MB），超过 ${MAX_DRAFT_MB} MB 的上限`;
}

/**
 * Where a JSON syntax error is, in lines and columns, taken from the engine's message — never the message itself,
 * which quotes the text and so would show the content of whatever file was opened by mistake.
 */
function syntaxErrorPlace(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `（第 ${lineCol[1]} 行第 ${lineCol[2]} 列附近）`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `（第 ${line} 行第 ${column} 列附近）`;
  }
  if (/end of (JSON )?input/i.test(message)) return '（内容不完整，在结尾处中断）';
  return '';
}

/** What the text of a draft file turned out to be. Bad content is a state, never an exception. */
export type DraftTextState =
  | { readonly kind: 'damaged'; readonly text: string; readonly problem: string }
  /** `migratedFrom` is the file's older version when the draft was migrated in memory (nothing written yet). */
  | { readonly kind: 'ok'; readonly text: string; readonly draft: Draft; readonly migratedFrom: number | null }
  /** From a newer app: refused for writing; `view` is what this version can still show read-only, if anything. */
  | {
      readonly kind: 'newer';
      readonly text: string;
      readonly version: number;
      readonly problem: string;
      readonly view: Draft | null;
    };

/** The one reader of draft file text: JSON, version, migration, validation. */
export function classifyDraftText(text: string): DraftTextState {
  let data: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(body);
  } catch (err) {
    return { kind: 'damaged', text, problem: `草稿文件已损坏：不是有效的 JSON${syntaxErrorPlace(body, err)}` };
  }
  const version = fileVersion(data);
  switch (version.kind) {
    case 'invalid':
      return { kind: 'damaged', text, problem: `草稿文件已损坏（${version.error}）` };
    case 'newer': {
      const lenient = draftSchema.safeParse({ ...(data as object), schemaVersion: SCHEMA_VERSION });
      return {
        kind: 'newer',
        text,
        version: version.version,
        problem: newerVersionMessage(version.version),
        view: lenient.success ? lenient.data : null,
      };
    }
    case 'older': {
      let migrated: unknown;
      try {
        migrated = migrate(version.data, version.version);
      } catch (err) {
        return { kind: 'damaged', text, problem: `旧版本草稿无法升级：${(err as Error).message}` };
      }
      const parsed = draftSchema.safeParse(migrated, { reportInput: true });
      if (!parsed.success) {
        return {
          kind: 'damaged',
          text,
          problem: `旧版本草稿（数据版本 ${version.version}）升级后内容有误：\n${formatZodError(parsed.error)}`,
        };
      }
      return { kind: 'ok', text, draft: parsed.data, migratedFrom: version.version };
    }
    case 'current': {
      const parsed = parseDraft(version.data);
      if (!parsed.ok) return { kind: 'damaged', text, problem: `草稿文件已损坏：${parsed.error}` };
      return { kind: 'ok', text, draft: parsed.value, migratedFrom: null };
    }
  }
}

/** Draft file text to a draft: older versions migrated, a newer or damaged file refused with the reason. */
export function parseDraftText(text: string): ParseResult<Draft> {
  const state = classifyDraftText(text);
  return state.kind === 'ok' ? { ok: true, value: state.draft } : { ok: false, error: state.problem };
}
