import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAs, reportsDir } from './helpers';

/** The 2024 上海市科委 report: its title prints the abbreviation, and its text never gives the full name. */
const kewei = readFileSync(path.join(reportsDir, '2024-shanghai-kewei.txt'), 'utf8');
const OPENING = '信息公开规定》的要求，市科委编制了';

function importText(text: string) {
  const outcome = importAs('r.txt', text);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

describe('agency name', () => {
  it('keeps the title’s abbreviation when the report never gives the full name', () => {
    const { draft, coverage } = importText(kewei);
    expect(kewei).toContain(OPENING);
    expect(draft.agency.name).toBe('上海市科委');
    expect(coverage.doubts.join('')).not.toContain('简称');
  });

  it('takes the full name the opening defines with （以下简称“市科委”）, and says so', () => {
    const text = kewei.replace(OPENING, '信息公开规定》的要求，上海市科学技术委员会（以下简称“市科委”）编制了');
    const { draft, coverage } = importText(text);
    expect(draft.agency.name).toBe('上海市科学技术委员会');
    expect(draft.title).toBe('2024年上海市科委政府信息公开工作年度报告');
    expect(coverage.doubts).toContain(
      '标题印的机关名称是简称「上海市科委」，已按正文中给出的全称「上海市科学技术委员会」填写，请核对',
    );
  });

  it('takes the full name written as 全称（简称） with spaces and a line break in it', () => {
    const text = kewei.replace(OPENING, `信息公开规定》的要求，上海市科学技术\n委员会 (市科委) 编制了`);
    expect(importText(text).draft.agency.name).toBe('上海市科学技术委员会');
  });

  it('ignores abbreviations of other things (《条例》, another agency)', () => {
    const text = kewei.replace(
      OPENING,
      '信息公开规定》（以下简称《规定》）的要求，上海市人民政府（以下简称“市政府”）要求市科委编制了',
    );
    expect(importText(text).draft.agency.name).toBe('上海市科委');
  });
});
