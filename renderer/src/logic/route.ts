/** The open draft lives in the URL hash (#/draft/<id>/<part>), so a reload reopens it where the user was. */
import { PARTS } from '../../../shared/templates';
import type { NavTarget } from './findings';

const TARGETS: readonly NavTarget[] = ['front', ...PARTS.map((p) => p.id)];

export interface Route {
  readonly draftId: string;
  readonly part: NavTarget;
}

export function parseRoute(hash: string): Route | null {
  const m = /^#\/draft\/([A-Za-z0-9_-]{1,64})(?:\/([a-z]+))?$/.exec(hash);
  if (!m) return null;
  const part = (TARGETS as readonly string[]).includes(m[2] ?? '') ? (m[2] as NavTarget) : 'front';
  return { draftId: m[1]!, part };
}

export const routeHash = (route: Route | null): string =>
  route ? `#/draft/${route.draftId}${route.part === 'front' ? '' : `/${route.part}`}` : '';
