import { useEffect, useState } from 'react';

/**
 * Below this window width (CSS px: 1366 px at 125 % scaling is 1093) the rule panel beside the part would squeeze
 * table 三's value columns under six digits, so it folds away and opens over the part instead of beside it.
 */
const NARROW_QUERY = '(max-width: 1199px)';

const isNarrow = () => window.matchMedia(NARROW_QUERY).matches;

/**
 * Whether the rule panel is open, and whether the window is narrow. The panel folds by itself when the window becomes
 * narrow and opens again when it becomes wide; 显示/隐藏检查结果 decides in between.
 */
export function usePanelFold() {
  const [narrow, setNarrow] = useState(isNarrow);
  const [open, setOpen] = useState(() => !isNarrow());
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const change = () => {
      setNarrow(query.matches);
      setOpen(!query.matches);
    };
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return { open, setOpen, narrow };
}
