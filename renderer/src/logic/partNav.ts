/** The editor's part navigation: its entries, and what each part has wrong. */
import type { FormatDef } from '../../../shared/templates';
import type { NavTarget } from './findings';
import { inputPlace, placePart } from './places';

export interface NavItem {
  readonly id: NavTarget;
  readonly label: string;
}

/** 标题与引言 first, then the format's parts under their headings. */
export const navItems = (format: FormatDef): NavItem[] => [
  { id: 'front', label: '标题与引言' },
  ...format.parts.map((p) => ({ id: p.id, label: p.heading })),
];

/** Refused inputs (by address) per part: they count as errors of the part they were typed in. */
export function refusedByPart(addresses: readonly string[]): Partial<Record<NavTarget, number>> {
  const counts: Partial<Record<NavTarget, number>> = {};
  for (const address of addresses) {
    const part = placePart(inputPlace(address));
    counts[part] = (counts[part] ?? 0) + 1;
  }
  return counts;
}
