import type { FormatDef } from '../../../shared/templates';
import type { NavTarget, PartCounts } from '../logic/findings';
import { navItems } from '../logic/partNav';

/** The report's parts down the side, each with its count of errors (refused inputs included) and warnings. */
export function PartNav(props: {
  format: FormatDef;
  part: NavTarget;
  byPart: Readonly<Record<NavTarget, PartCounts>>;
  refusedByPart: Partial<Record<NavTarget, number>>;
  previousYear: number | undefined;
  /** 字数 of the whole report (title, opening, narrative parts). */
  wordTotal: number;
  onShow: (part: NavTarget) => void;
}) {
  const { part } = props;
  return (
    <nav className="part-nav" aria-label="报告各部分">
      <ul>
        {navItems(props.format).map((item) => {
          const counts = props.byPart[item.id];
          const errors = counts.errors + (props.refusedByPart[item.id] ?? 0);
          return (
            <li key={item.id}>
              <button
                type="button"
                className={item.id === part ? 'current' : undefined}
                aria-current={item.id === part ? 'page' : undefined}
                onClick={() => props.onShow(item.id)}
              >
                <span className="nav-label">{item.label}</span>
                {errors > 0 && <span className="count error">{errors}</span>}
                {counts.warnings > 0 && <span className="count warning">{counts.warnings}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="hint word-total">全文 {props.wordTotal} 字</p>
      {props.previousYear !== undefined && <p className="hint prev-link">对照上年：{props.previousYear}年度草稿</p>}
    </nav>
  );
}
