import { useEffect, useRef, useState } from 'react';
import { FORMAT_IDS, formatForYear, getFormat } from '../../../shared/templates';
import type { FormatId } from '../../../shared/templates';
import { FORMAT_LABEL } from '../logic/formatLabel';

/** 新建年度报告: the year (last year by default), its format (chosen by the year unless the user picks one), 导入. */
export function NewDraftForm(props: {
  onCreate: (year: number, format: FormatId) => void;
  onImport: () => void;
  /** Changes when the menu's 新建 asks for the year field. */
  focusYear: number;
}) {
  const yearRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.focusYear === 0) return;
    yearRef.current?.focus();
    yearRef.current?.select();
  }, [props.focusYear]);
  // Reports are written in January for the year just ended.
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [format, setFormat] = useState<FormatId | null>(null);
  const chosen = format ?? formatForYear(year);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2200;
  return (
    <div className="new-draft">
      <label>
        <span>报告年度</span>
        <input
          ref={yearRef}
          type="number"
          aria-label="报告年度"
          value={Number.isNaN(year) ? '' : year}
          min={2000}
          max={2200}
          onChange={(e) => {
            setYear(e.target.valueAsNumber);
            setFormat(null);
          }}
        />
      </label>
      <label>
        <span>格式</span>
        <select aria-label="格式" value={chosen} onChange={(e) => setFormat(e.target.value as FormatId)}>
          {FORMAT_IDS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABEL[f]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" disabled={!valid} onClick={() => props.onCreate(year, chosen)}>
        新建
      </button>
      <span className="hint">{getFormat(chosen).issuedBy}</span>
      <span className="spacer" />
      <button type="button" onClick={props.onImport}>
        从已发布年报导入
      </button>
    </div>
  );
}
