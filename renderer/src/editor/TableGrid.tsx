/**
 * One official table as a keyboard grid. Layout (merged headers, labels) comes from the format definition; each
 * entered cell is an <input>, derived totals are read-only outputs. Keys, paste and moves are decided by the plain
 * modules in ../logic so they are tested without a DOM; this file only wires them to React.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ClipboardEvent, CSSProperties, KeyboardEvent, MouseEvent, ReactElement, RefObject } from 'react';
import type { Draft } from '../../../shared/model';
import { formatCellValue } from '../../../shared/model';
import type { CellValues } from '../../../shared/model';
import type { Severity } from '../../../shared/rules';
import { MONEY_UNITS } from '../../../shared/templates';
import type { LayoutRow, MoneyUnit, TableDef } from '../../../shared/templates';
import { setCell, setCells, setUnit } from '../logic/edits';
import { blockCells, blockClearing, blockTsv, stepFrom } from '../logic/gridBlock';
import { columnWidths, gridColumns } from '../logic/gridColumns';
import { gridModel, moveFrom, tabFrom } from '../logic/gridModel';
import type { GridModel } from '../logic/gridModel';
import { gridKeyAction } from '../logic/keys';
import type { CellMode, GridAction } from '../logic/keys';
import { planPaste } from '../logic/paste';
import type { PasteReport, RefusedValue } from '../logic/paste';
import type { LastYearCells } from '../logic/lastYear';
import { isBlock, parseTsv } from '../logic/tsv';
import { editAction } from './state';
import type { EditorAction, FocusRequest, RefusedInput } from './state';
import { cellTextActions } from './typing';

export interface TableGridProps {
  readonly table: TableDef;
  readonly draft: Draft;
  readonly values: CellValues;
  readonly severities: ReadonlyMap<string, Severity>;
  readonly refused: Readonly<Record<string, RefusedInput>>;
  readonly readOnly: boolean;
  readonly dispatch: (action: EditorAction) => void;
  /** A finding was clicked, or undo changed a cell: focus it (requests for other places are ignored). */
  readonly focusRequest: FocusRequest | null;
  readonly onPasteReport: (report: PasteReport) => void;
  /** Undo/redo count: a typing session from before the last one is dropped (its text no longer matches). */
  readonly travels: number;
  /** 对照上年 on: last year's value of each cell, shown small under it. */
  readonly lastYear?: LastYearCells | null;
}

interface Editing {
  readonly address: string;
  readonly mode: CellMode;
  readonly text: string;
  /** Undo-merge key of this typing session and the value it started from (Esc restores it). */
  readonly key: string;
  readonly original: number | null;
  readonly travels: number;
  /**
   * The text is selected, so the next character replaces it: after Enter/Tab/an arrow was refused, as Excel selects
   * the entry again after 重试.
   */
  readonly replace?: boolean;
}

let sessionCounter = 0;

/** Where an arrow, Tab or Enter (Shift: backwards) from `address` leads. */
function moveTarget(
  model: GridModel,
  address: string,
  action: Extract<GridAction, { type: 'move' | 'tab' | 'enter' }>,
): string {
  if (action.type === 'move') return moveFrom(model, address, action.direction);
  if (action.type === 'tab') return tabFrom(model, address, action.backwards);
  return moveFrom(model, address, action.backwards ? 'up' : 'down');
}

export function TableGrid(props: TableGridProps) {
  const { table, draft, values, severities, refused, readOnly, dispatch } = props;
  const model = gridModel(table);
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const [session, setEditing] = useState<Editing | null>(null);
  // The other end of a block selected with Shift+arrows or the mouse; the active cell is its anchor.
  const [blockEnd, setBlockEnd] = useState<string | null>(null);
  const block = useMemo(
    () => (active && blockEnd && blockEnd !== active ? blockCells(model, active, blockEnd) : null),
    [model, active, blockEnd],
  );
  const blockSet = useMemo(() => (block ? new Set(block.flat().map((c) => c.address)) : null), [block]);
  const dragging = useRef(false);
  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);
  const editing = session && session.travels === props.travels ? session : null;
  const travels = props.travels;

  // Event handlers read the latest render's values through this ref (updated after commit), so the cells' callbacks
  // stay stable and a keystroke re-renders only the cells whose value changed.
  const latest = useRef({
    draft,
    editing,
    refused,
    readOnly,
    travels,
    block,
    values,
    onPasteReport: props.onPasteReport,
  });
  useLayoutEffect(() => {
    latest.current = { draft, editing, refused, readOnly, travels, block, values, onPasteReport: props.onPasteReport };
  });

  const focusCell = useCallback((address: string) => {
    const table = tableRef.current;
    const el = table?.querySelector<HTMLElement>(`[data-address="${address}"]`);
    if (!table || !el) return;
    // The sticky header rows must not cover the cell the focus scrolls to.
    const scroller = table.parentElement;
    if (scroller) scroller.style.scrollPaddingTop = `${table.tHead?.offsetHeight ?? 0}px`;
    el.focus();
    if (!(el instanceof HTMLInputElement)) el.scrollIntoView({ block: 'nearest' });
  }, []);

  useEffect(() => {
    const place = props.focusRequest?.place;
    if (place?.kind === 'cell' && model.byAddress.has(place.address)) focusCell(place.address);
  }, [props.focusRequest, focusCell, model]);

  /** Ends a typing session; false when its text was refused (the cell keeps focus so nothing is lost). */
  const commit = useCallback((): boolean => {
    const { editing: e, refused: r } = latest.current;
    if (!e) return true;
    if (r[e.address] && e.mode !== 'nav') return false;
    setEditing(null);
    dispatch({ type: 'seal' });
    return true;
  }, [dispatch]);

  const changeText = useCallback(
    (address: string, text: string) => {
      const { editing: ed, draft: d, readOnly: ro } = latest.current;
      if (ro) return;
      const session: Editing =
        ed && ed.address === address && ed.mode !== 'nav'
          ? { ...ed, text, replace: false }
          : {
              address,
              mode: 'enter',
              text,
              key: `cell:${address}:${++sessionCounter}`,
              travels: latest.current.travels,
              original: d.values[address] ?? null,
            };
      setEditing(session);
      // Live: every keystroke that parses updates the draft (totals and rules follow); one undo step per session.
      for (const action of cellTextActions(d, address, text, session)) dispatch(action);
    },
    [dispatch],
  );

  const onKeyDown = useCallback(
    (address: string, e: KeyboardEvent<HTMLInputElement>) => {
      const { editing: ed } = latest.current;
      const mode: CellMode = ed && ed.address === address ? ed.mode : 'nav';
      const action = gridKeyAction(e, mode);
      const selected = latest.current.block;
      if (action.type !== 'native' && action.type !== 'extend' && action.type !== 'clear') setBlockEnd(null);
      switch (action.type) {
        case 'native':
          return;
        case 'extend': {
          e.preventDefault();
          setBlockEnd((end) => stepFrom(model, end ?? address, action.direction));
          return;
        }
        case 'move':
        case 'tab':
        case 'enter': {
          e.preventDefault();
          if (!commit()) {
            // Refused text stays, selected: typing replaces it, Esc restores the value the cell had.
            if (ed && !ed.replace) setEditing({ ...ed, replace: true });
            e.currentTarget.select();
            return;
          }
          const target = moveTarget(model, address, action);
          if (target !== address) focusCell(target);
          else e.currentTarget.select();
          return;
        }
        case 'edit': {
          e.preventDefault();
          if (latest.current.readOnly) return;
          const input = e.currentTarget;
          const text = input.value;
          setEditing({
            address,
            mode: 'edit',
            text,
            key: `cell:${address}:${++sessionCounter}`,
            travels: latest.current.travels,
            original: latest.current.draft.values[address] ?? null,
          });
          input.setSelectionRange(text.length, text.length);
          return;
        }
        case 'cancel': {
          if (!ed) {
            // Refused text left at the cell (the user went elsewhere and came back): Esc drops it, as it would have
            // while typing; the draft never held it.
            if (!(address in latest.current.refused)) return;
            e.preventDefault();
            dispatch({ type: 'refuse', entries: { [address]: null } });
            const input = e.currentTarget;
            requestAnimationFrame(() => input.select());
            return;
          }
          e.preventDefault();
          dispatch({ type: 'drop', key: ed.key });
          dispatch(editAction((d) => setCell(d, address, ed.original), null));
          dispatch({ type: 'refuse', entries: { [address]: null } });
          setEditing(null);
          const input = e.currentTarget;
          requestAnimationFrame(() => input.select());
          return;
        }
        case 'type':
        case 'backspace': {
          e.preventDefault();
          if (latest.current.readOnly) return;
          const base = mode === 'nav' || ed?.replace ? '' : (ed?.text ?? e.currentTarget.value);
          const text = action.type === 'type' ? base + action.char : base.slice(0, -1);
          // Written now, while layout is clean: when React writes a focused input's value later in its commit, after
          // other cells changed, the browser lays the page out synchronously (the costliest step of a keystroke).
          e.currentTarget.value = text;
          changeText(address, text);
          return;
        }
        case 'clear': {
          e.preventDefault();
          if (latest.current.readOnly) return;
          if (selected) {
            // The whole block in one undo step; refused text in it goes as well.
            const updates = blockClearing(selected);
            dispatch(editAction((d) => setCells(d, updates), null));
            dispatch({ type: 'refuse', entries: updates });
            return;
          }
          dispatch(editAction((d) => setCell(d, address, null), null));
          dispatch({ type: 'refuse', entries: { [address]: null } });
          return;
        }
      }
    },
    [changeText, commit, dispatch, focusCell, model],
  );

  const onFocus = useCallback((address: string, input: HTMLInputElement) => {
    setActive(address);
    setBlockEnd(null);
    const ed = latest.current.editing;
    if (ed && ed.address !== address) setEditing(null);
    input.select();
  }, []);

  const onBlur = useCallback(
    (address: string) => {
      const ed = latest.current.editing;
      if (ed && ed.address === address) {
        setEditing(null);
        dispatch({ type: 'seal' });
      }
    },
    [dispatch],
  );

  const onDoubleClick = useCallback((address: string, input: HTMLInputElement) => {
    if (latest.current.readOnly) return;
    setEditing({
      address,
      mode: 'edit',
      text: input.value,
      key: `cell:${address}:${++sessionCounter}`,
      travels: latest.current.travels,
      original: latest.current.draft.values[address] ?? null,
    });
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const onPaste = useCallback(
    (address: string, e: ClipboardEvent<HTMLInputElement>) => {
      const { editing: ed, draft: d, readOnly: ro, onPasteReport } = latest.current;
      const text = e.clipboardData.getData('text/plain');
      const typing = ed && ed.address === address && ed.mode !== 'nav';
      if (ro || (typing && !isBlock(text))) return;
      e.preventDefault();
      const plan = planPaste(d, model, address, parseTsv(text));
      setEditing(null);
      const entries: Record<string, RefusedInput | null> = {};
      for (const a of Object.keys(plan.updates)) entries[a] = null;
      // A refused value stays at its cell; one outside the table or on a total has no cell to stay in.
      const leftovers: RefusedValue[] = [];
      for (const r of plan.refused) {
        if (r.address && !model.byAddress.get(r.address)!.derived)
          entries[r.address] = { text: r.text, reason: r.reason };
        else leftovers.push(r);
      }
      dispatch({
        type: 'paste',
        change: (x) => {
          let next = setCells(x, plan.updates);
          for (const [a, unit] of Object.entries(plan.units)) next = setUnit(next, a, unit);
          return next;
        },
        entries,
        now: Date.now(),
        table: model.table.id,
        leftovers,
      });
      onPasteReport({ accepted: plan.accepted, refused: plan.refused, totals: plan.totals });
    },
    [dispatch, model],
  );

  const onUnit = useCallback(
    (address: string, unit: MoneyUnit) => dispatch(editAction((d) => setUnit(d, address, unit), null)),
    [dispatch],
  );

  // A total has the focus after a click or a finding that names it: the keys still move from it.
  const onDerivedKey = useCallback(
    (address: string, e: KeyboardEvent<HTMLElement>) => {
      const action = gridKeyAction(e, 'nav');
      if (action.type !== 'move' && action.type !== 'tab' && action.type !== 'enter') return;
      e.preventDefault();
      const target = moveTarget(model, address, action);
      if (target !== address) focusCell(target);
    },
    [focusCell, model],
  );

  // Mouse blocks: a drag from a cell, or Shift+click, as in Excel.
  const onCellMouseDown = useCallback(
    (address: string, e: MouseEvent) => {
      // The unit selector beside a money cell keeps its own mouse.
      if (e.button !== 0 || (e.target as HTMLElement).closest('select')) return;
      const ed = latest.current.editing;
      // F2 editing places the caret with the mouse: left to the browser.
      if (ed && ed.address === address && ed.mode === 'edit') return;
      // Otherwise no native text drag: it would hold the mouse inside the first cell's <input>.
      e.preventDefault();
      if (e.shiftKey && ed === null && tableRef.current?.contains(document.activeElement)) {
        setBlockEnd(address);
        return;
      }
      setBlockEnd(null);
      dragging.current = true;
      focusCell(address);
    },
    [focusCell],
  );
  const onCellMouseEnter = useCallback((address: string, e: MouseEvent) => {
    if (!dragging.current || (e.buttons & 1) === 0 || latest.current.editing) return;
    setBlockEnd(address);
  }, []);

  // Ctrl+C (or 复制 from a menu) on a block: tab-separated text, which Excel and WPS paste cell for cell.
  const onCopy = useCallback((e: ClipboardEvent<HTMLTableElement>) => {
    const { block: selected, values: v } = latest.current;
    if (!selected) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', blockTsv(selected, v));
  }, []);

  const handlers = useMemo(
    () => ({
      onKeyDown,
      onChange: changeText,
      onFocus,
      onBlur,
      onDoubleClick,
      onPaste,
      onUnit,
      onDerivedKey,
      onCellMouseDown,
      onCellMouseEnter,
    }),
    [
      onKeyDown,
      changeText,
      onFocus,
      onBlur,
      onDoubleClick,
      onPaste,
      onUnit,
      onDerivedKey,
      onCellMouseDown,
      onCellMouseEnter,
    ],
  );

  const widthTotal = table.grid.reduce((a, b) => a + b, 0);
  const room = useRoom(tableRef);
  const widths = useMemo(() => (room === null ? null : columnWidths(model, room)), [model, room]);
  const tableStyle = useMemo(() => {
    if (!widths) return undefined;
    // Where each frozen label column sticks when the grid scrolls sideways (read by the label cells' `left`).
    const style: Record<string, string> = { width: `${widths.reduce((a, b) => a + b, 0)}px` };
    let left = 0;
    widths.forEach((w, c) => {
      style[`--col-left-${c}`] = `${left}px`;
      left += w;
    });
    return style as CSSProperties;
  }, [widths]);

  // Label cells never change: built once per table, and React skips identical elements on every keystroke.
  const labels = useMemo(() => {
    const { labelColumns, starts } = gridColumns(model);
    return table.rows.map((row, r) =>
      row.cells.map((cell, j) => {
        if (cell.type !== 'label') return null;
        const start = starts[r]![j]!;
        const frozen = start + (cell.colSpan ?? 1) <= labelColumns;
        const className = [cell.caption ? 'caption' : '', cell.align === 'left' ? 'left' : '', frozen ? 'frozen' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <th
            key={j}
            colSpan={cell.colSpan}
            rowSpan={cell.rowSpan}
            className={className || undefined}
            scope={row.header ? 'col' : undefined}
            style={frozen ? { left: `var(--col-left-${start})` } : undefined}
          >
            {cell.text}
          </th>
        );
      }),
    );
  }, [table, model]);

  const rowProps = {
    model,
    values,
    severities,
    refused,
    editing,
    active,
    block: blockSet,
    units: draft.units,
    readOnly,
    handlers,
    lastYear: props.lastYear ?? null,
  };
  const headerCount = table.rows.filter((r) => r.header).length;
  const row = (i: number) => <GridRow key={i} row={table.rows[i]!} labels={labels[i]!} {...rowProps} />;
  return (
    <table
      ref={tableRef}
      className={`grid grid-${table.id}${blockSet ? ' has-block' : ''}${props.lastYear ? ' with-last-year' : ''}`}
      data-table={table.id}
      onCopy={onCopy}
      style={tableStyle}
    >
      <colgroup>
        {table.grid.map((w, i) => (
          <col key={i} style={{ width: widths ? `${widths[i]}px` : `${((w / widthTotal) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      {headerCount > 0 && <thead>{table.rows.slice(0, headerCount).map((_, i) => row(i))}</thead>}
      <tbody>{table.rows.slice(headerCount).map((_, i) => row(i + headerCount))}</tbody>
    </table>
  );
}

/**
 * The width the grid has inside its scrolling box (less the box's padding and the table's left border), following
 * the window; null until measured.
 */
function useRoom(tableRef: RefObject<HTMLTableElement | null>): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const scroller = tableRef.current?.parentElement;
    if (!scroller) return;
    const measure = () => {
      const style = getComputedStyle(scroller);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      setRoom(Math.max(0, Math.floor(scroller.clientWidth - padding - 1)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [tableRef]);
  return room;
}

interface RowProps {
  readonly row: LayoutRow;
  readonly labels: readonly (ReactElement | null)[];
  readonly model: GridModel;
  readonly values: CellValues;
  readonly severities: ReadonlyMap<string, Severity>;
  readonly refused: Readonly<Record<string, RefusedInput>>;
  readonly editing: Editing | null;
  readonly active: string | null;
  readonly block: ReadonlySet<string> | null;
  readonly units: Draft['units'];
  readonly readOnly: boolean;
  readonly handlers: Handlers;
  readonly lastYear: LastYearCells | null;
}

/** Whether anything a row shows differs: a keystroke re-renders only the rows it touches (its own, totals, rules). */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.row !== b.row || a.handlers !== b.handlers || a.readOnly !== b.readOnly || a.labels !== b.labels) return false;
  if (a.lastYear !== b.lastYear) return false;
  for (const cell of a.row.cells) {
    if (cell.type !== 'value') continue;
    const x = cell.address;
    if (a.values.get(x) !== b.values.get(x) || a.severities.get(x) !== b.severities.get(x)) return false;
    if (a.refused[x] !== b.refused[x] || a.units[x] !== b.units[x]) return false;
    if ((a.active === x) !== (b.active === x)) return false;
    if ((a.block?.has(x) ?? false) !== (b.block?.has(x) ?? false)) return false;
    if ((a.editing?.address === x ? a.editing : null) !== (b.editing?.address === x ? b.editing : null)) return false;
  }
  return true;
}

const GridRow = memo(function GridRow(p: RowProps) {
  const { editing } = p;
  return (
    <tr className={p.row.header ? 'header-row' : undefined}>
      {p.row.cells.map((cell, j) => {
        if (cell.type === 'label') return p.labels[j];
        const g = p.model.byAddress.get(cell.address)!;
        const value = p.values.get(cell.address) ?? null;
        if (g.derived) {
          return (
            <DerivedCell
              key={j}
              address={cell.address}
              colSpan={cell.colSpan}
              text={formatCellValue(value)}
              severity={p.severities.get(cell.address) ?? null}
              label={g.label}
              inBlock={p.block?.has(cell.address) ?? false}
              handlers={p.handlers}
              lastYear={p.lastYear?.get(cell.address)}
            />
          );
        }
        const isEditing = editing?.address === cell.address && editing.mode !== 'nav';
        const bad = p.refused[cell.address];
        return (
          <EnteredCell
            key={j}
            address={cell.address}
            colSpan={cell.colSpan}
            text={isEditing ? editing.text : bad ? bad.text : formatCellValue(value)}
            mode={isEditing ? editing.mode : 'nav'}
            active={p.active === cell.address}
            severity={p.severities.get(cell.address) ?? null}
            reason={bad?.reason ?? null}
            label={g.label}
            unitChoice={g.def.unitChoice ? (p.units[cell.address] ?? g.def.unitChoice[0]!) : null}
            readOnly={p.readOnly}
            inBlock={p.block?.has(cell.address) ?? false}
            handlers={p.handlers}
            lastYear={p.lastYear?.get(cell.address)}
          />
        );
      })}
    </tr>
  );
}, sameRow);

type Handlers = {
  onKeyDown: (address: string, e: KeyboardEvent<HTMLInputElement>) => void;
  onChange: (address: string, text: string) => void;
  onFocus: (address: string, input: HTMLInputElement) => void;
  onBlur: (address: string) => void;
  onDoubleClick: (address: string, input: HTMLInputElement) => void;
  onPaste: (address: string, e: ClipboardEvent<HTMLInputElement>) => void;
  onUnit: (address: string, unit: MoneyUnit) => void;
  onDerivedKey: (address: string, e: KeyboardEvent<HTMLElement>) => void;
  onCellMouseDown: (address: string, e: MouseEvent) => void;
  onCellMouseEnter: (address: string, e: MouseEvent) => void;
};

const severityClass = (s: Severity | null) => (s ? ` sev-${s}` : '');

const EnteredCell = memo(function EnteredCell(p: {
  address: string;
  colSpan: number | undefined;
  text: string;
  mode: CellMode;
  active: boolean;
  severity: Severity | null;
  reason: string | null;
  label: string;
  unitChoice: MoneyUnit | null;
  readOnly: boolean;
  inBlock: boolean;
  handlers: Handlers;
  lastYear: string | undefined;
}) {
  const h = p.handlers;
  const className =
    'cell' +
    severityClass(p.reason ? 'error' : p.severity) +
    (p.active ? ' active' : '') +
    (p.mode !== 'nav' ? ' editing' : '') +
    (p.text === '' ? ' empty' : '') +
    (p.inBlock ? ' in-block' : '');
  return (
    <td
      colSpan={p.colSpan}
      className={className}
      onMouseDown={(e) => h.onCellMouseDown(p.address, e)}
      onMouseEnter={(e) => h.onCellMouseEnter(p.address, e)}
    >
      <input
        data-address={p.address}
        aria-label={p.label}
        aria-invalid={p.reason ? true : undefined}
        title={p.reason ?? undefined}
        value={p.text}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        readOnly={p.readOnly}
        onKeyDown={(e) => h.onKeyDown(p.address, e)}
        onChange={(e) => h.onChange(p.address, e.target.value)}
        onFocus={(e) => h.onFocus(p.address, e.currentTarget)}
        onBlur={() => h.onBlur(p.address)}
        onDoubleClick={(e) => h.onDoubleClick(p.address, e.currentTarget)}
        onPaste={(e) => h.onPaste(p.address, e)}
        onMouseUp={(e) => {
          // Keep the whole text selected after a click, so typing replaces it (Excel-like).
          if (p.mode === 'nav') e.preventDefault();
        }}
      />
      {p.unitChoice && (
        <select
          className="unit"
          aria-label={`${p.label}的单位`}
          value={p.unitChoice}
          disabled={p.readOnly}
          onChange={(e) => h.onUnit(p.address, e.target.value as MoneyUnit)}
        >
          {MONEY_UNITS.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      )}
      {p.lastYear !== undefined && <LastYearValue text={p.lastYear} />}
      {p.reason && p.active && (
        <div className="cell-reason" role="alert">
          {p.reason}
        </div>
      )}
    </td>
  );
});

const DerivedCell = memo(function DerivedCell(p: {
  address: string;
  colSpan: number | undefined;
  text: string;
  severity: Severity | null;
  label: string;
  inBlock: boolean;
  handlers: Handlers;
  lastYear: string | undefined;
}) {
  return (
    <td
      colSpan={p.colSpan}
      className={'cell derived' + severityClass(p.severity) + (p.inBlock ? ' in-block' : '')}
      onMouseDown={(e) => p.handlers.onCellMouseDown(p.address, e)}
      onMouseEnter={(e) => p.handlers.onCellMouseEnter(p.address, e)}
      data-address={p.address}
      tabIndex={-1}
      title={`${p.label}：由程序计算`}
      onKeyDown={(e) => p.handlers.onDerivedKey(p.address, e)}
    >
      {p.text}
      {p.lastYear !== undefined && <LastYearValue text={p.lastYear} />}
    </td>
  );
});

/** 对照上年: last year's value under the cell, small and muted. */
const LastYearValue = (p: { text: string }) => (
  <span className="last-year" title={`上年：${p.text}`}>
    {p.text}
  </span>
);
