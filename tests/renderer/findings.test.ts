import { describe, expect, it } from 'vitest';
import { indexFindings, partOf } from '../../renderer/src/logic/findings';
import { checkDraft } from '../../shared/rules';
import { loadDraftFixture } from '../helpers/drafts';

describe('findings in the editor', () => {
  it('counts a text finding under the narrative part whose sentence it quotes, not under the table it names', () => {
    const findings = checkDraft(loadDraftFixture('2020-quanzhou.json'));
    const text = findings.filter((f) => f.rule === 'text.numbers');
    expect(text.map(partOf)).toEqual(['overview', 'overview']);
    const index = indexFindings(findings);
    expect(index.byPart.overview.warnings).toBe(2);
    expect(index.byPart.applications.warnings).toBe(0);
  });

  it('puts a text finding of the opening paragraph under the front matter', () => {
    const draft = { ...loadDraftFixture('2020-quanzhou.json'), opening: '本年度共收到政府信息公开申请99件。' };
    const opening = checkDraft(draft).filter((f) => f.text?.part === 'opening');
    expect(opening.map((f) => [f.rule, partOf(f)])).toEqual([['text.numbers', 'front']]);
  });
});
