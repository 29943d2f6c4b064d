import { AGENCY_KINDS, carryOver, createDraft } from '../../shared/model';
import type { AgencyKind } from '../../shared/model';
import { FORMAT_IDS } from '../../shared/templates';
import type { FormatId } from '../../shared/templates';
import { parseArgs } from './args';
import { newDraftId, readDraftFile, resolvePath, writeDraftFile } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'new — 新建草稿（空白，或基于上年草稿结转）',
  usage: [
    'new --year 2024 [--format 2019|2021] --agency "某某局" [--kind department|government] -o draft.json',
    'new --from last.json [--format 2019|2021] -o draft.json',
  ],
  async run(args, io) {
    const { options } = parseArgs(args, { options: ['--year', '--format', '--agency', '--kind', '--from', '-o'] });
    const out = options.get('-o');
    if (!out) throw new CliError('请用 -o 指定输出文件');

    const formatOption = options.get('--format');
    if (formatOption !== undefined && !FORMAT_IDS.includes(formatOption as FormatId)) {
      throw new CliError(`格式应为 ${FORMAT_IDS.join(' 或 ')}，收到 ${formatOption}`);
    }
    const format = formatOption as FormatId | undefined;
    const now = new Date().toISOString();

    const from = options.get('--from');
    if (from) {
      const previous = await readDraftFile(resolvePath(io.cwd, from));
      const draft = carryOver(previous, { id: newDraftId(), now, ...(format ? { format } : {}) });
      await writeDraftFile(resolvePath(io.cwd, out), draft);
      io.out(`已基于 ${previous.year} 年草稿新建 ${draft.year} 年草稿（${draft.format}格式）：${out}\n`);
      return EXIT.ok;
    }

    const yearText = options.get('--year');
    const year = Number(yearText);
    if (!yearText || !Number.isInteger(year) || year < 2000 || year > 2200) {
      throw new CliError('请用 --year 指定报告年度（如 2024），或用 --from 指定上年草稿');
    }
    const kind = options.get('--kind') ?? 'department';
    if (!AGENCY_KINDS.includes(kind as AgencyKind)) {
      throw new CliError(`机关类型应为 ${AGENCY_KINDS.join(' 或 ')}，收到 ${kind}`);
    }
    const draft = createDraft({
      id: newDraftId(),
      year,
      ...(format ? { format } : {}),
      agency: { name: options.get('--agency') ?? '', kind: kind as AgencyKind },
      now,
    });
    await writeDraftFile(resolvePath(io.cwd, out), draft);
    io.out(`已新建 ${year} 年草稿（${draft.format}格式）：${out}\n`);
    return EXIT.ok;
  },
};
