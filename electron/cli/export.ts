import { buildReportDocx } from '../../shared/docx';
import { buildReportHtml } from '../../shared/html';
import type { Draft } from '../../shared/model';
import { writeExportFile } from '../backend/exportFile';
import { parseArgs } from './args';
import { readDraftFile, resolvePath } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

/** The target's extension picks the medium: the Word document, or the web version for the agency's website. */
const BUILDERS: Readonly<Record<string, (draft: Draft) => Promise<Uint8Array>>> = {
  docx: buildReportDocx,
  html: async (draft) => new TextEncoder().encode(buildReportHtml(draft)),
};

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export — 导出 Word 文档（.docx，版式与官方格式模板一致）或网页版（.html）',
  usage: ['export draft.json -o report.docx', 'export draft.json -o report.html'],
  async run(args, io) {
    const { positional, options } = parseArgs(args, { options: ['-o'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new CliError('请指定一个草稿文件');
    const out = options.get('-o');
    if (!out) throw new CliError('请用 -o 指定导出的 .docx 或 .html 文件');
    const ext = /\.(docx|html)$/i.exec(out)?.[1]?.toLowerCase();
    const build = ext === undefined ? undefined : BUILDERS[ext];
    if (!build) throw new CliError(`导出文件名应以 .docx（Word 文档）或 .html（网页版）结尾：${out}`);

    const draft = await readDraftFile(resolvePath(io.cwd, file));
    let bytes: Uint8Array;
    try {
      bytes = await build(draft);
    } catch (err) {
      // Only a broken installation gets here (docx's internals moved, see shared/docx/package.ts); say so plainly.
      throw new CliError(`导出失败，未写入任何文件：${(err as Error).message}`);
    }
    const target = resolvePath(io.cwd, out);
    try {
      await writeExportFile(target, bytes);
    } catch (err) {
      throw new CliError((err as Error).message);
    }
    io.out(`已导出：${target}（${Math.ceil(bytes.length / 1024)} KB）\n`);
    return EXIT.ok;
  },
};
