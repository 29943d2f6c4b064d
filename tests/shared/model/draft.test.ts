import { describe, expect, it } from 'vitest';
import { createDraft, parseDraft, parseDraftText, SCHEMA_VERSION } from '../../../shared/model';
import { filledDraft, NOW } from '../../helpers/drafts';

const valid = () => JSON.parse(JSON.stringify(filledDraft('2021'))) as Record<string, unknown>;

describe('draft schema', () => {
  it.each(['2019', '2021'] as const)('accepts a new and a filled %s draft unchanged', (format) => {
    const blank = createDraft({ id: 'x', year: format === '2019' ? 2020 : 2024, format, now: NOW });
    expect(parseDraft(blank)).toEqual({ ok: true, value: blank });
    const filled = filledDraft(format);
    expect(parseDraft(JSON.parse(JSON.stringify(filled)))).toEqual({ ok: true, value: filled });
  });

  it('reports invalid JSON with the line and column, in Chinese, without quoting the text', () => {
    const result = parseDraftText('{"schemaVersion": 1,\n  secret');
    expect(result).toEqual({ ok: false, error: '草稿文件已损坏：不是有效的 JSON（第 2 行第 3 列附近）' });
  });

  it('reports zod issues in Chinese, naming the place (never zod’s English)', () => {
    const result = parseDraftText(JSON.stringify({ schemaVersion: 1, id: '', format: '2030', year: 1999 }));
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toContain('id：不能为空');
    expect(error).toContain('format：应为以下之一：“2019”、“2021”');
    expect(error).toContain('year：过小：应不小于 2000');
    expect(error).toContain('agency：缺少此项（应为对象（{…}））');
    expect(error).not.toMatch(/[A-Za-z]{3,} (input|expected|received)|Invalid|Too small/);
  });

  it.each([
    ['a JSON array', [], '不是草稿'],
    ['a string', 'hello', '不是草稿'],
    [
      'a value of the wrong type',
      { ...valid(), values: { 'applications.new.natural': 'abc' } },
      'values.applications.new.natural',
    ],
    [
      'an unknown cell address',
      { ...valid(), values: { 'applications.bogus.natural': 1 } },
      '没有这个单元格：applications.bogus.natural',
    ],
    ['a cell named toString', { ...valid(), values: { toString: 1 } }, 'values.toString：没有这个单元格：toString'],
    ['a stored derived total', { ...valid(), values: { 'applications.total.natural': 1 } }, '是合计'],
    ['a missing agency', { ...valid(), agency: undefined }, 'agency'],
    ['an unknown format', { ...valid(), format: '2030' }, 'format'],
    ['a 2021 draft without fee fields', { ...valid(), processingFees: null }, '信息处理费'],
    [
      'a unit on a cell that has no unit choice',
      { ...valid(), units: { 'applications.new.natural': '元' } },
      '可选单位',
    ],
    ['a damaged timestamp', { ...valid(), updatedAt: 'yesterday' }, 'updatedAt'],
  ])('rejects %s, saying where', (_name, data, where) => {
    const result = parseDraft(data);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(where) });
  });

  it.each(['values', 'units'])('refuses a "__proto__" key in %s by name instead of dropping it', (field) => {
    const entry = `"__proto__":${field === 'units' ? '"元"' : '5'}`;
    const text = JSON.stringify(valid()).replace(
      new RegExp(`"${field}":\\{(\\})?`),
      (_, empty?: string) => `"${field}":{${entry}${empty ? '}' : ','}`,
    );
    expect(Object.hasOwn(JSON.parse(text)[field], '__proto__')).toBe(true);
    expect(parseDraftText(text)).toMatchObject({ ok: false, error: expect.stringContaining(`${field}.__proto__：`) });
  });

  it('refuses a draft from a newer app version with a message to upgrade', () => {
    const result = parseDraft({ ...valid(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('请升级程序') });
  });
});
