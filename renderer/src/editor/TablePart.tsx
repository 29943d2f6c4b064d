import { useState } from 'react';
import { emptyCount, fillEmptyWithZero } from '../logic/edits';
import type { RefusedValue } from '../logic/paste';
import { editAction } from './state';
import { TableGrid } from './TableGrid';
import type { TableGridProps } from './TableGrid';

/** The grid's inputs, less the paste report, which this part shows itself. */
interface Props extends Omit<TableGridProps, 'onPasteReport'> {
  readonly heading: string;
}

/** A table part: the grid, "空白填0", and the report of the last paste (every refused value listed). */
export function TablePart(props: Props) {
  const { table, draft, dispatch, readOnly } = props;
  const [pasteReport, setPasteReport] = useState<{ accepted: number; refused: readonly RefusedValue[] } | null>(null);
  const empty = emptyCount(draft, table.id);
  return (
    <section className="part table-part" aria-label={props.heading}>
      <div className="part-head">
        <h2>{props.heading}</h2>
        <span className="spacer" />
        <span className="hint">{empty > 0 ? `${empty} 个空白单元格` : '已全部填写'}</span>
        <button
          type="button"
          disabled={readOnly || empty === 0}
          onClick={() => dispatch(editAction((d) => fillEmptyWithZero(d, table.id)))}
        >
          空白填0
        </button>
      </div>
      {!readOnly && (
        <p className="hint keys-hint">
          方向键、Tab、Enter 移动；直接输入即替换；F2 或双击修改；Esc 取消；Delete
          清空；Shift+方向键或拖动鼠标选中一块， Ctrl+C 复制到 Excel/WPS；可从 Excel/WPS
          复制多行多列粘贴。灰底为合计，由程序计算。
        </p>
      )}
      {pasteReport && (
        <div className={pasteReport.refused.length > 0 ? 'banner warning' : 'banner'} role="status">
          <span>
            已粘贴 {pasteReport.accepted} 个值
            {pasteReport.refused.length > 0 && `，${pasteReport.refused.length} 个值未采用：`}
          </span>
          {pasteReport.refused.length > 0 && (
            <ul className="refused-list">
              {pasteReport.refused.map((r, i) => (
                <li key={i}>
                  {r.at}“{r.text}”：{r.reason}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="link" onClick={() => setPasteReport(null)}>
            关闭
          </button>
        </div>
      )}
      <div className="grid-scroll">
        <TableGrid
          table={table}
          draft={draft}
          values={props.values}
          severities={props.severities}
          refused={props.refused}
          readOnly={readOnly}
          dispatch={dispatch}
          focusRequest={props.focusRequest}
          onPasteReport={setPasteReport}
          travels={props.travels}
          lastYear={props.lastYear}
        />
      </div>
    </section>
  );
}
