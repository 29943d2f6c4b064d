import { batchCommand } from './batch';
import { cellsCommand } from './cells';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { newCommand } from './new';
import { setCommand } from './set';
import { sumCommand } from './sum';
import type { CliCommand } from './types';

/** Every command the CLI knows, in the order `help` lists them. Register a new command here. */
export const COMMANDS: readonly CliCommand[] = [
  newCommand,
  checkCommand,
  cellsCommand,
  setCommand,
  exportCommand,
  importCommand,
  batchCommand,
  sumCommand,
];
