/**
 * What the import worker runs: the one dispatch by file type (PDF and .doc readers, else the pure importer), with a
 * bug in it turned into a reason instead of a crash.
 */
import type { ImportInput, ImportOptions, ImportOutcome } from '../../shared/import';
import { importReportFile } from './import/readReport';

export interface ImportJob {
  readonly input: ImportInput;
  readonly options: ImportOptions;
}

export async function runImport({ input, options }: ImportJob): Promise<ImportOutcome> {
  try {
    return await importReportFile(input, options);
  } catch (err) {
    // A bug in the importer must not take the app down; the user still gets a message.
    return {
      ok: false,
      reason: `导入程序出错，未能导入该文件（请将文件和此信息提供给技术支持）：${(err as Error).message}`,
    };
  }
}
