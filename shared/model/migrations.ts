import { getFormat } from '../templates';
import type { FormatId } from '../templates';
import { EMPTY_AGENCY, EMPTY_FEES, sectionId } from './create';
import { SCHEMA_VERSION } from './draft';

type Json = Record<string, unknown>;

/**
 * One step: turns a file of version `from` into version `from + 1`. Pure (no disk), so every reader of draft files —
 * the drafts store, the CLI, the tests — migrates the same way.
 */
export interface Migration {
  readonly from: number;
  readonly describe: string;
  readonly up: (data: Json) => Json;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string') : []);

/**
 * Version 0 is the prototype's file (no `schemaVersion`): the agency was only a name (`agencyName`), each narrative
 * part a flat list of paragraphs, and there were no units, fee fields, opening or carry-over link.
 */
const v0to1: Migration = {
  from: 0,
  describe: '原型版本草稿（无数据版本号）→ 数据版本 1',
  up: (data) => {
    const { agencyName, narrative, ...rest } = data;
    const parts = (narrative ?? {}) as Json;
    const section = (part: string, paragraphs: string[]) => [
      { id: sectionId(part, 0), heading: '', paragraphs: paragraphs.length > 0 ? paragraphs : [''] },
    ];
    const format = rest.format as FormatId;
    let hasFees = false;
    try {
      hasFees = getFormat(format).hasProcessingFees;
    } catch {
      // An unknown format is left for the schema check to report.
    }
    return {
      ...rest,
      schemaVersion: 1,
      agency: { ...EMPTY_AGENCY, name: typeof agencyName === 'string' ? agencyName : '' },
      title: typeof rest.title === 'string' ? rest.title : null,
      opening: null,
      narrative: {
        overview: section('overview', strings(parts.overview)),
        problems: section('problems', strings(parts.problems)),
        other: section('other', strings(parts.other)),
      },
      units: {},
      processingFees: hasFees ? { ...EMPTY_FEES } : null,
      previous: null,
    };
  },
};

/**
 * Version 2 adds the signature (落款: agency name and 成文日期) printed at the end of the report. A version-1 draft
 * had none: it gets the agency's own name (null) and no date, and the export then warns about the date.
 */
const v1to2: Migration = {
  from: 1,
  describe: '数据版本 1 → 2：增加落款（机关署名、成文日期）',
  up: (data) => {
    const kept = data.signature;
    const valid = typeof kept === 'object' && kept !== null && !Array.isArray(kept);
    return { ...data, signature: valid ? kept : { agency: null, date: null } };
  },
};

/**
 * Version 3 separates the draft's name in the list from the printed title (重命名 and 复制 used to change the title)
 * and stores findings marked 已核实. An older draft keeps its title as it was and has no name of its own yet.
 */
const v2to3: Migration = {
  from: 2,
  describe: '数据版本 2 → 3：草稿名称与报告标题分开，增加已核实的检查结果',
  up: (data) => ({
    ...data,
    name: typeof data.name === 'string' ? data.name : null,
    confirmations: Array.isArray(data.confirmations) ? data.confirmations : [],
  }),
};

export const MIGRATIONS: readonly Migration[] = [v0to1, v1to2, v2to3];

export type VersionCheck =
  | { readonly kind: 'current'; readonly data: Json }
  | { readonly kind: 'older'; readonly version: number; readonly data: Json }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'invalid'; readonly error: string };

/** A file without `schemaVersion` is version 0. */
export function fileVersion(data: unknown): VersionCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'invalid', error: '文件内容不是草稿（应为 JSON 对象）' };
  }
  const json = data as Json;
  const version = json.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { kind: 'invalid', error: `数据版本号无效：${JSON.stringify(version)}` };
  }
  if (version > SCHEMA_VERSION) return { kind: 'newer', version };
  if (version < SCHEMA_VERSION) return { kind: 'older', version, data: json };
  return { kind: 'current', data: json };
}

export const newerVersionMessage = (version: number): string =>
  `该草稿由较新版本的程序保存（数据版本 ${version}，本程序支持 ${SCHEMA_VERSION}），只能只读查看；请升级程序后再编辑`;

/** Runs every step from `version` up to `target`, in order; a missing step is an error, never a guess. */
export function migrate(
  data: Json,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Json {
  let current = data;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) throw new Error(`缺少从数据版本 ${v} 升级的步骤`);
    current = step.up(current);
    current = { ...current, schemaVersion: v + 1 };
  }
  return current;
}
