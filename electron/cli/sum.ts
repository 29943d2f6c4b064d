import { sumDrafts } from '../../shared/batch';
import type { ReadOk } from '../../shared/batch';
import { collectFiles, readWithProgress, sheetFormatOf, TooManyFilesError, writeSheets } from '../backend/batch';
import { parseArgs } from './args';
import { progressLine, threadsOption } from './batch';
import { newDraftId, resolvePath, writeDraftFile } from './draftFile';
import { sheetWriteProblem } from './sheetOutput';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

export const sumCommand: CliCommand = {
  name: 'sum',
  summary: 'sum — 汇总同一年度、同一格式的多份报告的表格数字，生成一份汇总草稿（正文为空）',
  usage: ['sum <草稿|报告|文件夹…> -o total.json --agency "某某县人民政府" [--breakdown breakdown.xlsx|.csv]'],
  async run(args, io) {
    const { positional, options } = parseArgs(args, {
      options: ['-o', '--agency', '--breakdown', '--threads'],
    });
    if (positional.length === 0) throw new CliError('请指定要汇总的草稿或报告文件（或文件夹）');
    const out = options.get('-o');
    if (!out) throw new CliError('请用 -o 指定要写入的汇总草稿文件（.json）');
    const agency = options.get('--agency')?.trim();
    if (!agency) throw new CliError('请用 --agency 指定汇总报告的机关名称，例如 --agency "某某县人民政府"');
    const breakdownOut = options.get('--breakdown');
    if (breakdownOut && !sheetFormatOf(breakdownOut)) {
      throw new CliError(`汇总明细文件应为 .xlsx 或 .csv：${breakdownOut}`);
    }
    const threads = threadsOption(options.get('--threads'));

    let collected;
    try {
      collected = await collectFiles(positional, io.cwd);
    } catch (err) {
      if (err instanceof TooManyFilesError) throw new CliError(err.message);
      throw err;
    }
    if (collected.problems.length > 0) throw new CliError(`不能汇总：${collected.problems.join('；')}`);
    const results = await readWithProgress(collected.files, {
      ...(threads === undefined ? {} : { threads }),
      onProgress: (p) => io.err(progressLine(p)),
    });
    const unread = results.filter((r) => !r.ok);
    if (unread.length > 0) {
      // A total with a report left out would look complete and be wrong.
      throw new CliError(
        `有 ${unread.length} 个文件无法读取，不能汇总：\n${unread.map((r) => `  ${r.file}：${r.ok ? '' : r.reason}`).join('\n')}`,
      );
    }
    const summed = sumDrafts(
      results.filter((r): r is ReadOk => r.ok).map((r) => ({ file: r.file, draft: r.draft })),
      { id: newDraftId(), now: new Date().toISOString(), agency },
    );
    if (!summed.ok) throw new CliError(summed.reason);

    const target = resolvePath(io.cwd, out);
    await writeDraftFile(target, summed.draft);
    io.err(`已汇总 ${results.length} 份报告，写入草稿：${target}\n`);
    if (breakdownOut) {
      const file = resolvePath(io.cwd, breakdownOut);
      try {
        for (const f of await writeSheets(file, [summed.breakdown])) io.err(`已写入汇总明细：${f}\n`);
      } catch (err) {
        throw new CliError(`无法写入汇总明细「${file}」：${sheetWriteProblem(err)}`);
      }
    }
    return EXIT.ok;
  },
};
