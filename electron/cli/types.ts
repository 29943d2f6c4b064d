/** A CLI command: parses its own arguments, writes to the given streams, returns the exit code. */
export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
}

export interface CliCommand {
  readonly name: string;
  /** One usage line per form, shown by `help` and on usage errors. */
  readonly usage: readonly string[];
  readonly summary: string;
  readonly run: (args: readonly string[], io: CliIO) => Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

/** Thrown for bad input; the dispatcher prints the message and exits 2. */
export class CliError extends Error {}
