import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, runtimeSpecifiers } from '../../dev/importCycles';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const relativeCycles = (dir: string) =>
  findCycles(importGraph([dir])).map((cycle) => cycle.map((file) => path.relative(dir, file)));

describe('import cycle check', () => {
  it('finds a cycle through an index file and a re-export', () => {
    const dir = tree({
      'a.ts': "import { b } from './lib';\nexport const a = b;\n",
      'lib/index.ts': "export { b } from './b';\n",
      'lib/b.ts': "import { a } from '../a';\nexport const b = () => a;\n",
      'c.ts': "import { a } from './a';\n",
    });
    expect(relativeCycles(dir)).toEqual([['a.ts', 'lib/index.ts', 'lib/b.ts']]);
  });

  it('ignores type-only imports, which are erased at build time', () => {
    const dir = tree({
      'a.ts': "import type { B } from './b';\nexport type A = B;\nexport const a = 1;\n",
      'b.ts': "import { type A } from './a';\nexport type B = A;\n",
    });
    expect(relativeCycles(dir)).toEqual([]);
  });

  it('counts a mixed import with one value binding as a runtime import', () => {
    expect(runtimeSpecifiers('x.ts', "import { type A, b } from './a';\nimport type { C } from './c';")).toEqual([
      './a',
    ]);
  });

  it('reports a file that imports itself', () => {
    const dir = tree({ 'self.ts': "import './self';\n" });
    expect(relativeCycles(dir)).toEqual([['self.ts']]);
  });

  it('handles a long import chain without recursion', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20_000; i++) files[`m${i}.ts`] = i < 19_999 ? `import './m${i + 1}';\n` : '';
    expect(findCycles(new Map(Object.keys(files).map((f, i) => [f, i < 19_999 ? [`m${i + 1}.ts`] : []])))).toEqual([]);
  });
});
