import path from 'node:path';
import type { Draft } from '../../shared/model';
import { checkDraft, countErrors, SEVERITY_LABELS, splitConfirmed } from '../../shared/rules';
import type { Finding } from '../../shared/rules';
import { readReportFile } from '../backend/importFile';
import { parseArgs } from './args';
import { newDraftId, readDraftFile, resolvePath } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand, CliIO } from './types';

/** Text output names a few cells; `--json` has them all. */
function cellList(cells: readonly string[]): string {
  if (cells.length === 0) return '';
  const shown = cells.slice(0, MAX_LISTED_CELLS).join(' ');
  return `\t[${shown}${cells.length > MAX_LISTED_CELLS ? ` …共${cells.length}个` : ''}]`;
}
const MAX_LISTED_CELLS = 6;

/** Where a text finding's words are: part, sub-section and paragraph (both from 1), characters [start, end). */
function textPlace(f: Finding): string {
  const t = f.text;
  if (!t) return '';
  const section = t.feeSentence ? '信息处理费' : t.section === null ? '' : `第${t.section + 1}节`;
  return `\t{${t.part} ${section}第${t.paragraph + 1}段 字符${t.start}–${t.end}}`;
}

/**
 * Last year, as a draft file or as a published report (.docx, .txt, .html) imported on the fly, exactly as
 * `import` would read it.
 */
async function readPrevious(file: string, io: CliIO): Promise<Draft> {
  const full = resolvePath(io.cwd, file);
  if (path.extname(full).toLowerCase() === '.json') return readDraftFile(full);
  const outcome = await readReportFile(full, { id: newDraftId(), now: new Date().toISOString() });
  if (!outcome.ok) throw new CliError(`无法读取上年报告：${outcome.reason}`);
  io.err(`已导入上年报告 ${file}（${outcome.draft.year}年）作为对照\n`);
  return outcome.draft;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check — 检查勾稽关系、文字与表格是否一致、沿用上年文字等规则（有错误时退出码为1；提醒和已核实的不影响）',
  usage: ['check draft.json [--previous last.json|last.docx|last.txt] [--json]'],
  async run(args, io) {
    const { positional, options, flags } = parseArgs(args, { options: ['--previous'], flags: ['--json'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new CliError('请指定一个草稿文件');
    const draft = await readDraftFile(resolvePath(io.cwd, file));
    const previousFile = options.get('--previous');
    const previous = previousFile ? await readPrevious(previousFile, io) : null;

    const findings = checkDraft(draft, { previous, today: new Date() });
    // 已核实 (draft.confirmations, by finding key): listed apart with the reason, never counted as open warnings.
    const { open, confirmed } = splitConfirmed(findings, draft.confirmations);
    const reasons = new Map(confirmed.map((c) => [c.finding, c.confirmation]));
    if (flags.has('--json')) {
      const listed = findings.map((f) => {
        const c = reasons.get(f);
        return c ? { ...f, confirmed: true, reason: c.reason, confirmedAt: c.confirmedAt } : { ...f, confirmed: false };
      });
      io.out(`${JSON.stringify(listed, null, 2)}\n`);
    } else {
      const line = (f: Finding) =>
        `${SEVERITY_LABELS[f.severity]}\t${f.rule}\t${f.message}${cellList(f.cells)}${textPlace(f)}`;
      for (const f of open) io.out(`${line(f)}\n`);
      if (confirmed.length > 0) {
        io.out(`已核实（${confirmed.length}个，不计入提醒）：\n`);
        for (const c of confirmed) io.out(`已核实\t${line(c.finding)}\t理由：${c.confirmation.reason}\n`);
      }
      const errors = countErrors(open);
      const warnings = open.filter((f) => f.severity === 'warning').length;
      const done = confirmed.length > 0 ? `，${confirmed.length}个已核实` : '';
      io.out(errors === 0 ? `未发现错误，${warnings}个提醒${done}\n` : `共${errors}个错误，${warnings}个提醒${done}\n`);
    }
    return countErrors(findings) === 0 ? EXIT.ok : EXIT.findings;
  },
};
