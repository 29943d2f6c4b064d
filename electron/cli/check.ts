import { checkDraft, countErrors, SEVERITY_LABELS } from '../../shared/rules';
import { parseArgs } from './args';
import { readDraftFile, resolvePath } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

/** Text output names a few cells; `--json` has them all. */
function cellList(cells: readonly string[]): string {
  if (cells.length === 0) return '';
  const shown = cells.slice(0, MAX_LISTED_CELLS).join(' ');
  return `\t[${shown}${cells.length > MAX_LISTED_CELLS ? ` …共${cells.length}个` : ''}]`;
}
const MAX_LISTED_CELLS = 6;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check — 检查勾稽关系等规则（有错误时退出码为1）',
  usage: ['check draft.json [--previous last.json] [--json]'],
  async run(args, io) {
    const { positional, options, flags } = parseArgs(args, { options: ['--previous'], flags: ['--json'] });
    const [file] = positional;
    if (!file || positional.length > 1) throw new CliError('请指定一个草稿文件');
    const draft = await readDraftFile(resolvePath(io.cwd, file));
    const previousFile = options.get('--previous');
    const previous = previousFile ? await readDraftFile(resolvePath(io.cwd, previousFile)) : null;

    const findings = checkDraft(draft, { previous, today: new Date() });
    if (flags.has('--json')) {
      io.out(`${JSON.stringify(findings, null, 2)}\n`);
    } else {
      for (const f of findings) {
        io.out(`${SEVERITY_LABELS[f.severity]}\t${f.rule}\t${f.message}${cellList(f.cells)}\n`);
      }
      const errors = countErrors(findings);
      io.out(errors === 0 ? '未发现错误\n' : `共${errors}个错误\n`);
    }
    return countErrors(findings) === 0 ? EXIT.ok : EXIT.findings;
  },
};
