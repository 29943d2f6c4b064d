import { formatCellValue } from '../model';
import type { CellValues, Draft } from '../model';
import type { CellDef } from '../templates';

/** What a value cell prints: blank when empty; a money cell with a unit choice carries its unit ("8590元"). */
export function cellText(cell: CellDef, values: CellValues, units: Draft['units']): string {
  const value = values.get(cell.address) ?? null;
  const text = formatCellValue(value);
  if (text === '' || !cell.unitChoice) return text;
  return `${text}${units[cell.address] ?? cell.unitChoice[0]}`;
}
