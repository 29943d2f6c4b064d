import type { z } from 'zod';
import { draftSchema, SCHEMA_VERSION } from './draft';
import type { Draft } from './draft';
import { addSignature } from './migrations/v2Signature';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '（根）' : path.map(String).join('.');
}

/** Chinese, one line per problem, each naming the place in the file. */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${describePath(issue.path)}：${issue.message}`)
    .join('\n');
}

/**
 * Validates an already-parsed JSON value as a current-version draft. Older versions are the drafts store's business
 * (it migrates them), except version 1, upgraded here by its one pure step; a newer version is refused with a
 * message, never half-read.
 */
export function parseDraft(data: unknown): ParseResult<Draft> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: '文件内容不是草稿（应为 JSON 对象）' };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      ok: false,
      error: `该草稿由较新版本的程序保存（数据版本 ${version}，本程序支持 ${SCHEMA_VERSION}），请升级程序后打开`,
    };
  }
  // Version 1 differs only by the signature: files written by the CLI or handed around still open.
  const current = version === 1 ? addSignature(data as Record<string, unknown>) : data;
  const result = draftSchema.safeParse(current);
  if (!result.success) return { ok: false, error: `草稿内容有误：\n${formatZodError(result.error)}` };
  return { ok: true, value: result.data };
}

/** Parses draft file text: JSON syntax errors are reported with their position. */
export function parseDraftText(text: string): ParseResult<Draft> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `草稿文件不是有效的 JSON：${(err as Error).message}` };
  }
  return parseDraft(data);
}
