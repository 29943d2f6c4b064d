import { describe, expect, it } from 'vitest';
import { blockCells, blockClearing, blockTsv, stepFrom } from '../../renderer/src/logic/gridBlock';
import { gridModel } from '../../renderer/src/logic/gridModel';
import { parseTsv } from '../../renderer/src/logic/tsv';
import { computeCellValues } from '../../shared/model';
import { getFormat } from '../../shared/templates';

const apps = gridModel(getFormat('2021').tables.applications);
const active = gridModel(getFormat('2021').tables.active);
const addresses = (rows: { address: string }[][]) => rows.map((r) => r.map((c) => c.address));

describe('a block of cells in the grid', () => {
  it('steps onto totals too, and stays at the edge', () => {
    expect(stepFrom(apps, 'applications.new.otherOrg', 'right')).toBe('applications.new.total');
    expect(stepFrom(apps, 'applications.new.total', 'right')).toBe('applications.new.total');
    expect(stepFrom(apps, 'applications.new.natural', 'down')).toBe('applications.carriedOver.natural');
    expect(stepFrom(apps, 'applications.new.natural', 'up')).toBe('applications.new.natural');
  });

  it('is the rectangle between anchor and end, whichever corner each is', () => {
    const block = [
      ['applications.new.business', 'applications.new.research'],
      ['applications.carriedOver.business', 'applications.carriedOver.research'],
    ];
    expect(addresses(blockCells(apps, 'applications.new.business', 'applications.carriedOver.research'))).toEqual(
      block,
    );
    expect(addresses(blockCells(apps, 'applications.carriedOver.research', 'applications.new.business'))).toEqual(
      block,
    );
  });

  it('takes in a merged cell that overlaps the rectangle, and the columns it spans', () => {
    const rows = blockCells(active, 'active.normativeDocs.repealed', 'active.licensing.decisions');
    // As in Excel, the block grows to cover the merged cell whole, and so the columns above it.
    expect(addresses(rows)).toEqual([
      ['active.normativeDocs.issued', 'active.normativeDocs.repealed', 'active.normativeDocs.inForce'],
      ['active.licensing.decisions'],
    ]);
  });

  it('copies as tab-separated rows ending in CRLF that the grid’s own paste reads back', () => {
    const values = computeCellValues('2021', {
      'applications.new.natural': 5,
      'applications.new.business': 2,
      'applications.carriedOver.natural': 1,
    });
    const block = blockCells(apps, 'applications.new.natural', 'applications.carriedOver.business');
    const tsv = blockTsv(block, values);
    expect(tsv).toBe('5\t2\r\n1\t\r\n');
    expect(parseTsv(tsv)).toEqual([
      ['5', '2'],
      ['1', ''],
    ]);
  });

  it('clears the entered cells of a block, never its totals', () => {
    const block = blockCells(apps, 'applications.new.otherOrg', 'applications.new.total');
    expect(blockClearing(block)).toEqual({ 'applications.new.otherOrg': null });
  });
});
