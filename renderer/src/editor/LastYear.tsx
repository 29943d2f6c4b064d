/** 对照上年 in the editor: the toggle (remembered for the session) and last year's text beside a sub-section. */
import { useState } from 'react';
import type { Section } from '../../../shared/model';

const STORAGE_KEY = 'report-studio.compareLastYear';

function remembered(): boolean {
  try {
    return sessionStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Whether last year is shown beside this year: one choice for every draft opened in this session. */
export function useCompareLastYear(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(remembered);
  const set = (next: boolean) => {
    setOn(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, next ? '1' : '0');
    } catch {
      // Storage refused (private mode, quota): the choice lasts while the editor is open.
    }
  };
  return [on, set];
}

/** The toggle in the editor bar, shown only for a draft linked to last year's. */
export function CompareToggle(props: { year: number; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="compare-toggle" title={`在每个单元格下和正文旁显示${props.year}年报告的内容`}>
      <input type="checkbox" checked={props.on} onChange={(e) => props.onChange(e.target.checked)} />
      对照上年（{props.year}）
    </label>
  );
}

/** Last year's sub-section, read-only, beside this year's. */
export function LastYearSection(props: { year: number; section: Section | undefined }) {
  const { section } = props;
  return (
    <aside className="last-year-section" aria-label={`${props.year}年对应小节`}>
      <div className="last-year-label">{props.year}年</div>
      {section ? (
        <>
          {section.heading.trim() !== '' && <div className="last-year-heading">{section.heading}</div>}
          <div className="last-year-text">{section.paragraphs.join('\n') || '（无正文）'}</div>
        </>
      ) : (
        <div className="hint">上年没有对应的小节</div>
      )}
    </aside>
  );
}
