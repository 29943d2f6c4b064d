import { batchExitCode, batchSheets } from '../../shared/batch';
import { runBatch, sheetFormatOf, TooManyFilesError, writeSheets } from '../backend/batch';
import type { BatchProgress } from '../backend/batch';
import { parseArgs } from './args';
import { resolvePath } from './draftFile';
import { sheetWriteProblem } from './sheetOutput';
import { CliError, EXIT } from './types';
import type { CliCommand, CliIO } from './types';

export function progressLine(p: BatchProgress): string {
  const eta = p.etaSeconds === null || p.done === p.total ? '' : `  剩余约 ${Math.ceil(p.etaSeconds)} 秒`;
  return `[${p.done}/${p.total}] ${p.file}${eta}\n`;
}

export function threadsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,3}$/.test(value))
    throw new CliError(`--threads 应为 0–999 的整数（0 表示不用工作线程），而不是「${value}」`);
  return Number(value);
}

export function outputOption(io: CliIO, out: string | undefined): string {
  if (!out) throw new CliError('请用 -o 指定结果文件（.xlsx 或 .csv）');
  if (!sheetFormatOf(out)) throw new CliError(`结果文件应为 .xlsx 或 .csv：${out}`);
  return resolvePath(io.cwd, out);
}

export const batchCommand: CliCommand = {
  name: 'batch',
  summary: 'batch — 批量检查一个文件夹中的所有报告（草稿与已发布的报告），结果写入 .xlsx 或 .csv',
  usage: ['batch <文件夹|文件…> -o results.xlsx|.csv [--previous 上年文件夹] [--threads N]'],
  async run(args, io) {
    const { positional, options } = parseArgs(args, { options: ['-o', '--previous', '--threads'] });
    if (positional.length === 0) throw new CliError('请指定要检查的文件夹或报告文件');
    const target = outputOption(io, options.get('-o'));
    const threads = threadsOption(options.get('--threads'));
    const previous = options.get('--previous');

    let run;
    try {
      run = await runBatch({
        inputs: positional,
        ...(previous ? { previous: [previous] } : {}),
        cwd: io.cwd,
        today: new Date(),
        ...(threads === undefined ? {} : { threads }),
        onProgress: (p) => io.err(progressLine(p)),
      });
    } catch (err) {
      if (err instanceof TooManyFilesError) throw new CliError(err.message);
      throw err;
    }
    for (const problem of run.problems) io.err(`${problem}\n`);
    if (run.skipped > 0) io.err(`跳过了 ${run.skipped} 个不是报告类型的文件\n`);
    const { report } = run;
    if (report.rows.length === 0) {
      io.err('没有找到可检查的报告文件（.json 草稿、.txt、.html、.docx）\n');
      return EXIT.unusable;
    }
    let written: string[];
    try {
      written = await writeSheets(target, batchSheets(report));
    } catch (err) {
      throw new CliError(`无法写入结果文件「${target}」：${sheetWriteProblem(err)}`);
    }
    io.out(
      `共 ${report.rows.length} 份：已检查 ${report.readCount} 份，无法读取 ${report.unreadCount} 份，` +
        `有错误 ${report.withErrors} 份\n`,
    );
    for (const file of written) io.err(`已写入：${file}\n`);
    // A folder or file named but not found was not read: never "every report was read".
    const code = batchExitCode(report);
    return run.problems.length > 0 && code === EXIT.ok ? EXIT.findings : code;
  },
};
