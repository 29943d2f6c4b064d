/**
 * Every regular expression literal in shared/import/, run against long runs of the characters reports are made of:
 * none may backtrack super-linearly (the whitespace trims /\s+$/ took 14 s on a 150 KB line of spaces). Each pattern
 * is timed on the slowest inputs at two lengths; linear work grows 8× from one to the other, quadratic 64×.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repo } from './helpers';

const dir = path.join(repo, 'shared', 'import');

function literals(): { where: string; re: RegExp }[] {
  const found: { where: string; re: RegExp }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        found.push({
          where: `${file}: ${text}`,
          re: new RegExp(text.slice(1, end), text.slice(end + 1).replace('g', '')),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const CHARS = [
  ' ',
  '\t',
  '\u3000',
  '\u00a0',
  '\n',
  '1',
  'a',
  '中',
  '局',
  '年',
  '-',
  '|',
  '.',
  '。',
  ')',
  '”',
  '#',
  '（',
  '一',
  ':',
  ',',
  '、',
];
const PREFIXES = ['', '|', '|--', '-', '1', '。', '中', '（', '2020'];
const SUFFIXES = ['', 'x'];

function cost(re: RegExp, input: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    re.test(input);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('regular expressions of the importer', () => {
  it('finds the literals to check', () => {
    expect(literals().length).toBeGreaterThan(40);
  });

  it('none backtracks super-linearly on long runs of one character', () => {
    const slow: string[] = [];
    const short = 1500;
    for (const { where, re } of literals()) {
      const cases: { make: (n: number) => string; ms: number }[] = [];
      for (const c of CHARS) {
        for (const pre of PREFIXES) {
          for (const suf of SUFFIXES) {
            const make = (n: number) => pre + c.repeat(n) + suf;
            const input = make(short);
            const started = performance.now();
            re.test(input);
            cases.push({ make, ms: performance.now() - started });
          }
        }
      }
      cases.sort((a, b) => b.ms - a.ms);
      for (const { make } of cases.slice(0, 3)) {
        const a = cost(re, make(short));
        const b = cost(re, make(short * 8));
        if (b > 5 && b / Math.max(a, 0.02) > 30)
          slow.push(`${where} on ${JSON.stringify(make(3))}…: ${a.toFixed(2)} → ${b.toFixed(1)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });
});
