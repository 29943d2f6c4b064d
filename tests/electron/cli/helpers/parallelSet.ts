/**
 * Child process of the concurrency test: `set`s each given cell to 1 in the given draft, all at once (one CLI run per
 * cell, in parallel within this process), and prints one exit code per line.
 */
import { runCli } from '../../../../electron/cli';

const [file, ...addresses] = process.argv.slice(2);
const codes = await Promise.all(
  addresses.map((address) =>
    runCli(['set', file!, `${address}=1`], {
      out: () => undefined,
      err: (t) => process.stderr.write(t),
      cwd: process.cwd(),
    }),
  ),
);
process.stdout.write(`${codes.join('\n')}\n`);
