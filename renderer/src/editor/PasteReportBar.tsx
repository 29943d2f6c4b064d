import type { PasteReport } from '../logic/paste';
import { pasteReportText } from '../logic/paste';

/**
 * The report of the last paste into a table, in the slot above the grid that the keys hint holds otherwise: it never
 * covers a row of the table nor pushes the table down; a long list scrolls inside the slot.
 */
export function PasteReportBar(props: { report: PasteReport; onClose: () => void }) {
  const { summary, items } = pasteReportText(props.report);
  return (
    <div className={items.length > 0 ? 'banner paste-report warning' : 'banner paste-report'} role="status">
      <span className="paste-summary">{summary}</span>
      <button type="button" className="link" onClick={props.onClose}>
        关闭
      </button>
      {items.length > 0 && (
        <ul className="refused-list">
          {items.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
