import { coverageLines } from '../../shared/import';
import { readReportFile } from '../backend/importFile';
import { parseArgs } from './args';
import { newDraftId, resolvePath, writeDraftFile } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'import — 从已发布的年度报告（.txt、.html、.docx、.pdf、.doc、.wps）导入草稿，并报告哪些单元格找到、哪些没找到',
  usage: ['import report.(txt|html|docx|pdf|doc|wps) -o draft.json'],
  async run(args, io) {
    const { positional, options } = parseArgs(args, { options: ['-o'] });
    const [file] = positional;
    if (!file || positional.length > 1)
      throw new CliError('请指定一个报告文件（.txt、.html、.docx、.pdf、.doc 或 .wps）');
    const out = options.get('-o');
    if (!out) throw new CliError('请用 -o 指定要写入的草稿文件（.json）');

    const outcome = await readReportFile(resolvePath(io.cwd, file), {
      id: newDraftId(),
      now: new Date().toISOString(),
    });
    if (!outcome.ok) {
      io.err(`无法导入：${outcome.reason}\n`);
      return EXIT.unusable;
    }
    io.err(`${coverageLines(outcome.coverage).join('\n')}\n`);
    const target = resolvePath(io.cwd, out);
    await writeDraftFile(target, outcome.draft);
    io.err(`已写入草稿：${target}\n`);
    return outcome.complete ? EXIT.ok : EXIT.findings;
  },
};
