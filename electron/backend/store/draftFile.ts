import { readFile } from 'node:fs/promises';
import { draftSchema, formatZodError, parseDraft, SCHEMA_VERSION } from '../../../shared/model';
import type { Draft } from '../../../shared/model';
import { describeFsError } from './fsErrors';
import { fileVersion, migrate, newerVersionMessage } from './migrations';

/** What one draft file turned out to be. Reading never throws for bad content: that is what `damaged` is for. */
export type DraftFileState =
  | { readonly kind: 'missing' }
  | { readonly kind: 'damaged'; readonly text: string; readonly problem: string }
  /** `migratedFrom` is the file's older version when the draft was migrated in memory (nothing written yet). */
  | { readonly kind: 'ok'; readonly text: string; readonly draft: Draft; readonly migratedFrom: number | null }
  /** From a newer app: refused for writing; `view` is what this version can still show read-only, if anything. */
  | { readonly kind: 'newer'; readonly text: string; readonly problem: string; readonly view: Draft | null };

export function classifyDraftText(text: string): Exclude<DraftFileState, { kind: 'missing' }> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { kind: 'damaged', text, problem: `草稿文件已损坏（不是有效的 JSON：${(err as Error).message}）` };
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
      const parsed = draftSchema.safeParse(migrated);
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

export async function readDraftFile(file: string): Promise<DraftFileState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', text: '', problem: `草稿文件无法读取：${describeFsError(err)}` };
  }
  return classifyDraftText(text);
}
