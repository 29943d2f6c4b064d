import type { Coverage } from '../import/coverage';
import type { Draft } from '../model/draft';

/** How a file came in: a draft as saved by the app, or a published report read by the importer. */
export type SourceKind = 'draft' | 'text' | 'html' | 'docx' | 'other';

export const SOURCE_LABELS: Readonly<Record<SourceKind, string>> = {
  draft: '草稿',
  text: '文本',
  html: '网页',
  docx: 'Word',
  other: '其他',
};

/** One file of a batch after reading: a draft (imported or as saved) or the reason it could not be read. */
export type ReadResult =
  | {
      readonly ok: true;
      /** As shown to the user (relative to where the command was typed). */
      readonly file: string;
      /** SHA-256 of the bytes, to spot the same file handed in twice. */
      readonly hash: string;
      readonly source: SourceKind;
      readonly draft: Draft;
      /** Imported reports only; a draft has no coverage report. */
      readonly coverage: Coverage | null;
    }
  | { readonly ok: false; readonly file: string; readonly hash: string | null; readonly reason: string };

export type ReadOk = Extract<ReadResult, { ok: true }>;

export function sourceOf(fileName: string): SourceKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'json') return 'draft';
  if (ext === 'txt') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'docx') return 'docx';
  return 'other';
}
