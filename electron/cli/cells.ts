import { draftCellValues, formatCellValue } from '../../shared/model';
import { cellIndex } from '../../shared/templates';
import { parseArgs } from './args';
import { readDraftFile, resolvePath } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

export const cellsCommand: CliCommand = {
  name: 'cells',
  summary: 'cells — 按模板顺序列出每个数字单元格（含合计）：地址<TAB>值',
  usage: ['cells draft.json'],
  async run(args, io) {
    const { positional } = parseArgs(args, {});
    const [file] = positional;
    if (!file || positional.length > 1) throw new CliError('请指定一个草稿文件');
    const draft = await readDraftFile(resolvePath(io.cwd, file));
    const values = draftCellValues(draft);
    const lines = cellIndex(draft.format).all.map((c) => `${c.address}\t${formatCellValue(values.get(c.address))}\n`);
    io.out(lines.join(''));
    return EXIT.ok;
  },
};
