import { useState } from 'react';
import { emptyCount, fillEmptyWithZero } from '../logic/edits';
import type { PasteReport } from '../logic/paste';
import { PasteReportBar } from './PasteReportBar';
import { editAction } from './state';
import { TableGrid } from './TableGrid';
import type { TableGridProps } from './TableGrid';

/** The grid's inputs, less the paste report, which this part shows itself. */
interface Props extends Omit<TableGridProps, 'onPasteReport'> {
  readonly heading: string;
}

/** A table part: the grid, "空白填0", and the report of the last paste (every refused value listed, totals explained). */
export function TablePart(props: Props) {
  const { table, draft, dispatch, readOnly } = props;
  const [pasteReport, setPasteReport] = useState<PasteReport | null>(null);
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
        // One slot for the keys hint and the paste report: the report takes the hint's place, so the grid stays put.
        <div className={pasteReport ? 'grid-notice has-report' : 'grid-notice'}>
          <p className="hint keys-hint">
            方向键、Tab、Enter 移动；直接输入即替换；F2 或双击修改；Esc 取消；Delete
            清空；Shift+方向键或拖动鼠标选中一块， Ctrl+C 复制到 Excel/WPS；可从 Excel/WPS
            复制多行多列粘贴。灰底为合计，由程序计算。
          </p>
          {pasteReport && <PasteReportBar report={pasteReport} onClose={() => setPasteReport(null)} />}
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
