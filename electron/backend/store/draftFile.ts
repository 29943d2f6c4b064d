import { classifyDraftText, MAX_DRAFT_BYTES } from '../../../shared/model';
import type { DraftTextState } from '../../../shared/model';
import { describeRefusal, readRegularFile } from '../regularFile';
import { describeFsError } from './fsErrors';

/**
 * What one draft file turned out to be. Reading never throws for bad content: that is what `damaged` is for. `text`
 * is empty when the file was refused unread (not a regular file, too large, unreadable) — its content is never shown.
 */
export type DraftFileState = { readonly kind: 'missing' } | (DraftTextState & { readonly fileVersion?: FileVersion });

/**
 * Which write of a file this is: inode, size and mtime change with every atomic replace (a new inode) and every
 * in-place edit. Compared to notice a draft changed on disk by another program since the app last read or wrote it.
 */
export type FileVersion = string;
export const fileVersionOf = (st: { ino: number; size: number; mtimeMs: number }): FileVersion =>
  `${st.ino}:${st.size}:${st.mtimeMs}`;

export interface ReadDraftOptions {
  /** false inside the data folder, where a symlink is never the app's own file. Default true (a path a user gave). */
  readonly followSymlinks?: boolean;
}

/**
 * The one reader of draft files, for the store and the CLI alike: only a regular file of at most MAX_DRAFT_BYTES,
 * then `classifyDraftText` (JSON, version, migration, validation).
 */
export async function readDraftFile(file: string, options: ReadDraftOptions = {}): Promise<DraftFileState> {
  const read = await readRegularFile(file, MAX_DRAFT_BYTES, options);
  if (read.ok) return { ...classifyDraftText(read.bytes.toString('utf8')), fileVersion: fileVersionOf(read.stat) };
  switch (read.reason) {
    case 'missing':
      return { kind: 'missing' };
    case 'io':
      return { kind: 'damaged', text: '', problem: `草稿文件无法读取：${describeFsError(read.error)}` };
    default:
      return { kind: 'damaged', text: '', problem: `草稿文件无法读取：${describeRefusal(read, MAX_DRAFT_BYTES)}` };
  }
}
