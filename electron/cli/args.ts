import { CliError } from './types';

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

/**
 * `--name value` / `-o value` options, `--flag` switches, the rest positional. Unknown names are refused so a typo
 * never silently does something else.
 */
export function parseArgs(
  args: readonly string[],
  spec: { options?: readonly string[]; flags?: readonly string[] },
): ParsedArgs {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (spec.flags?.includes(arg)) {
      flags.add(arg);
      continue;
    }
    if (spec.options?.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined) throw new CliError(`参数 ${arg} 缺少取值`);
      options.set(arg, value);
      i++;
      continue;
    }
    throw new CliError(`未知参数：${arg}`);
  }
  return { positional, options, flags };
}
