import { applyCellInput } from '../../shared/input';
import { parseArgs } from './args';
import { readDraftFile, resolvePath, withDraftLock, writeDraftFile } from './draftFile';
import { CliError, EXIT } from './types';
import type { CliCommand } from './types';

export const setCommand: CliCommand = {
  name: 'set',
  summary: 'set — 按地址填写单元格（与编辑器相同的输入校验；任何一项被拒绝则不写入）',
  usage: [
    'set draft.json applications.new.natural=18 active.procurement.amount=12.5万元 processingFees.noticeCount=0 …',
    'set draft.json signature.date=2025-01-20 signature.agency=某某市统计局   （落款：成文日期、署名机关）',
  ],
  async run(args, io) {
    const { positional } = parseArgs(args, {});
    const [file, ...assignments] = positional;
    if (!file || assignments.length === 0) throw new CliError('用法：set draft.json 地址=值 …');
    const target = resolvePath(io.cwd, file);
    await withDraftLock(target, async () => {
      let draft = await readDraftFile(target);
      // Every assignment is tried, so a script's author sees all refusals at once; any refusal writes nothing.
      const refusals: string[] = [];
      let unknownAddress = false;
      for (const assignment of assignments) {
        const eq = assignment.indexOf('=');
        if (eq <= 0) {
          refusals.push(`“${assignment}”应写成 地址=值`);
          continue;
        }
        const address = assignment.slice(0, eq);
        const result = applyCellInput(draft, address, assignment.slice(eq + 1));
        if (result.ok) draft = result.draft;
        else {
          refusals.push(`${address}：${result.reason}`);
          unknownAddress ||= result.unknown === true;
        }
      }
      if (unknownAddress) refusals.push(`全部单元格地址可用 cells ${file} 列出`);
      if (refusals.length > 0) throw new CliError(`${refusals.join('\n')}\n（未写入任何修改）`);
      await writeDraftFile(target, { ...draft, updatedAt: new Date().toISOString() });
    });
    io.out(`已写入${assignments.length}个单元格：${file}\n`);
    return EXIT.ok;
  },
};
