import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../renderer/src/logic/route';
import { coverageLines } from '../../../shared/import';
import { createDraft } from '../../../shared/model';
import { getFormat, NARRATIVE_PART_IDS, PARTS, partHeading, TABLE_IDS, TABLE_NAMES } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';

describe('the part lists, all from PARTS', () => {
  it('splits the six parts into narrative (一、五、六) and table parts (二、三、四), in order', () => {
    expect(NARRATIVE_PART_IDS).toEqual(PARTS.filter((p) => p.kind === 'narrative').map((p) => p.id));
    expect(NARRATIVE_PART_IDS).toEqual(['overview', 'problems', 'other']);
    expect(TABLE_IDS).toEqual(['active', 'applications', 'litigation']);
    expect(TABLE_NAMES).toEqual({ active: '表二', applications: '表三', litigation: '表四' });
    expect(partHeading('other')).toBe('六、其他需要报告的事项');
  });

  it.each(['2019', '2021'] as const)('gives a new %s draft one narrative list per narrative part', (format) => {
    const draft = createDraft({ id: 'x', year: 2022, format, now: '2023-01-01T00:00:00Z' });
    expect(Object.keys(draft.narrative)).toEqual(NARRATIVE_PART_IDS);
    expect(draft.narrative.overview.map((s) => s.heading)).toEqual(PARTS[0]!.standardSubheadings);
    expect(Object.keys(getFormat(format).tables)).toEqual(TABLE_IDS);
  });

  it('routes to every part and names every table in the import coverage', () => {
    for (const part of PARTS) expect(parseRoute(`#/draft/d1/${part.id}`)).toEqual({ draftId: 'd1', part: part.id });
    const lines = coverageLines({
      format: '2021',
      found: [],
      blank: [],
      missing: [],
      notPrinted: [],
      recovered: [],
      doubts: [],
    });
    for (const id of TABLE_IDS) expect(lines.some((l) => l.startsWith(`${TABLE_NAMES[id]}：`))).toBe(true);
  });

  it('refuses a format id that is not one, even one named like an Object member', () => {
    for (const id of ['__proto__', 'constructor', 'toString']) expect(() => getFormat(id as FormatId)).toThrow();
  });
});
