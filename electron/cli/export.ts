import { buildReportDocx } from '../../shared/docx';
import { writeExportFile } from '../backend/exportFile';
import { parseArgs } from './args';
import { readDraftFile, resolvePath } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export — 导出 Word 文档（.docx），版式与官方格式模板一致',
  usage: ['export draft.json -o report.docx'],
  async run(args, io) {
    const { positional, options } = parseArgs(args, { options: ['-o'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new CliError('请指定一个草稿文件');
    const out = options.get('-o');
    if (!out) throw new CliError('请用 -o 指定导出的 .docx 文件');
    if (!/\.docx$/i.test(out)) throw new CliError(`导出文件名应以 .docx 结尾：${out}`);

    const draft = await readDraftFile(resolvePath(io.cwd, file));
    let bytes: Uint8Array;
    try {
      bytes = await buildReportDocx(draft);
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
