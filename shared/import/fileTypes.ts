/**
 * The file types a published report is imported from, for the open dialog's filter and the check on a file dropped on
 * the window: one list, so a type the importer reads is never refused at the door (or offered and then refused).
 */
export const IMPORTABLE_EXTENSIONS = ['pdf', 'docx', 'doc', 'wps', 'html', 'htm', 'txt'] as const;

/** 「PDF、Word（.docx、.doc、.wps）、网页（.html、.htm）或文本（.txt）」, for messages. */
export const IMPORTABLE_TYPES_TEXT = 'PDF、Word（.docx、.doc、.wps）、网页（.html、.htm）或文本（.txt）';

/** The lower-case extension of a file name without the dot; '' when it has none. */
export function extensionOf(fileName: string): string {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

export function isImportableName(fileName: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}
