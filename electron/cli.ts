/**
 * Headless entry: `npm run cli -- <command> …` (dev/cli.mjs runs it as the bundle dist/cli/cli.mjs, rebuilt when a
 * source changed; `tsx electron/cli.ts` runs it from the sources). Plain Node, never loads Electron.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { COMMANDS } from './cli/commands';
import { CliError, EXIT } from './cli/types';
import type { CliIO } from './cli/types';

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const help = () =>
    io.out(
      [
        '用法：npm run cli -- <命令> [参数]',
        '',
        ...COMMANDS.flatMap((c) => [`  ${c.summary}`, ...c.usage.map((u) => `    ${u}`)]),
      ].join('\n') + '\n',
    );
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help();
    return name ? EXIT.ok : EXIT.unusable;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令：${name}\n`);
    help();
    return EXIT.unusable;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`${err.message}\n`);
      return EXIT.unusable;
    }
    io.err(`内部错误：${(err as Error).stack ?? String(err)}\n`);
    return EXIT.unusable;
  }
}

/** Runs the command line of this process and sets its exit code. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
  process.exitCode = code;
}

// Started directly (`tsx electron/cli.ts`, `node dist/cli/cli.mjs`); the launcher dev/cli.mjs imports and calls main.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href) await main();
