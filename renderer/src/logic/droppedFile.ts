/**
 * What was dropped on the window, checked before anything is read: exactly one file of a type the importer reads and
 * within the import limit. Anything else gets its reason in Chinese; a folder, several files or a picture are not an
 * error of the app, so they never reach the backend.
 */
import { IMPORTABLE_TYPES_TEXT, isImportableName } from '../../../shared/import/fileTypes';
import { IMPORT_LIMITS, megabytes } from '../../../shared/import/limits';

/** One dropped item as the page sees it (DataTransfer files and their entries). */
export interface DroppedItem {
  readonly name: string;
  readonly size: number;
  /** webkitGetAsEntry() says it is a folder. */
  readonly isDirectory: boolean;
}

export type DropCheck = { ok: true; index: number } | { ok: false; reason: string };

export function checkDrop(items: readonly DroppedItem[]): DropCheck {
  if (items.length === 0) return { ok: false, reason: '没有拖入文件' };
  if (items.length > 1) {
    return {
      ok: false,
      reason: `一次只能导入一份年报，拖入了 ${items.length} 个文件；请只拖入其中一个（或用“从已发布年报导入”选择）`,
    };
  }
  const item = items[0]!;
  if (item.isDirectory) return { ok: false, reason: `「${item.name}」是文件夹，请拖入年报文件本身` };
  if (!isImportableName(item.name)) {
    return { ok: false, reason: `不能导入「${item.name}」：只能导入${IMPORTABLE_TYPES_TEXT}格式的年度报告` };
  }
  if (item.size > IMPORT_LIMITS.maxFileBytes) {
    return {
      ok: false,
      reason: `文件「${item.name}」有 ${megabytes(item.size)}，超过 ${megabytes(IMPORT_LIMITS.maxFileBytes)} 的上限，不像年度报告，已拒绝导入`,
    };
  }
  return { ok: true, index: 0 };
}
