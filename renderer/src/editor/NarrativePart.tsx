import { Fragment, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Draft, Section } from '../../../shared/model';
import type { NarrativePartId } from '../../../shared/templates';
import {
  addSection,
  moveSection,
  removeSection,
  restoreSection,
  sectionText,
  textParagraphs,
  updateSection,
} from '../logic/edits';
import type { CarriedOver } from '../logic/findings';
import { sectionHasText } from '../logic/headingNumbers';
import { pasteIntoBody } from '../logic/pasteText';
import { partWordCount } from '../logic/wordCount';
import { matchSections } from '../logic/lastYear';
import { FeesFields } from './FeesFields';
import { LastYearSection } from './LastYear';
import { SignatureFields } from './SignatureFields';
import { bodyField, headingField } from '../logic/textFields';
import { editAction, textAction } from './state';
import type { EditorAction, FocusRequest, RefusedInput } from './state';

interface Props {
  readonly part: NarrativePartId;
  readonly heading: string;
  readonly draft: Draft;
  readonly readOnly: boolean;
  readonly dispatch: (action: EditorAction) => void;
  readonly focusRequest: FocusRequest | null;
  readonly refused: Readonly<Record<string, RefusedInput>>;
  readonly travels: number;
  /** Paragraphs found carried over from last year (text.unchanged), by sub-section id: marked 沿用上年. */
  readonly carried: ReadonlyMap<string, CarriedOver>;
  /** 对照上年 on: last year's sub-sections of this part, shown read-only beside this year's. */
  readonly lastYear?: { readonly year: number; readonly sections: readonly Section[] } | null;
}

/**
 * A narrative part: ordered sub-sections, each a heading and its paragraphs (one per line). ↑/↓ and 删除 renumber the
 * （n） headings (logic/headingNumbers); removing a sub-section with text leaves 撤销 in its place.
 */
export function NarrativePart(props: Props) {
  const { part, draft, readOnly, dispatch } = props;
  const sections = draft.narrative[part];
  const rootRef = useRef<HTMLElement>(null);
  const edit = (change: (d: Draft) => Draft, key: string | null) => dispatch(editAction(change, key));
  const [removed, setRemoved] = useState<{ section: Section; index: number } | null>(null);
  // Gone once the section is back (撤销 here, or Ctrl+Z).
  const shownRemoved = removed && !sections.some((s) => s.id === removed.section.id) ? removed : null;
  const undoRef = useRef<HTMLButtonElement>(null);
  const { lastYear } = props;
  const matched = lastYear ? matchSections(sections, lastYear.sections) : null;
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  const remove = (s: Section, index: number) => {
    edit((d) => removeSection(d, part, s.id), null);
    setRemoved(sectionHasText(s) ? { section: s, index } : null);
  };
  const restore = () => {
    if (!shownRemoved) return;
    const { section, index } = shownRemoved;
    edit((d) => restoreSection(d, part, section, index), null);
    setRemoved(null);
    requestAnimationFrame(() =>
      rootRef.current?.querySelector<HTMLElement>(`[data-section="${CSS.escape(section.id)}"] textarea`)?.focus(),
    );
  };
  const removedNotice = shownRemoved && (
    <div className="section-removed" role="status">
      <span>
        已删除小节{shownRemoved.section.heading.trim() ? `“${shownRemoved.section.heading.trim()}”` : ''}及其正文。
      </span>
      <button type="button" ref={undoRef} onClick={restore}>
        撤销
      </button>
      <button type="button" className="link" onClick={() => setRemoved(null)}>
        知道了
      </button>
    </div>
  );

  useEffect(() => {
    const place = props.focusRequest?.place;
    const root = rootRef.current;
    if (!place || !root) return;
    let el: HTMLElement | null = null;
    if (place.kind === 'section') {
      const field = place.field === 'heading' ? 'input.section-heading' : 'textarea';
      el = root.querySelector<HTMLElement>(`[data-section="${CSS.escape(place.section)}"] ${field}`);
    } else if (place.kind === 'part' && place.part === part) {
      el = root.querySelector<HTMLElement>('.section textarea');
    }
    el?.focus();
    // After an undo or redo in the text: the caret where it changed, not at the end where React's new value put it.
    const caret = place.kind === 'section' ? place.caret : undefined;
    if (caret !== undefined && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) {
      el.setSelectionRange(caret, caret);
    }
  }, [props.focusRequest, part]);

  return (
    <section
      className={lastYear ? 'part narrative-part with-last-year' : 'part narrative-part'}
      aria-label={props.heading}
      ref={rootRef}
    >
      <div className="part-head">
        <h2>{props.heading}</h2>
        <span className="spacer" />
        <span className="hint word-count">本部分 {partWordCount(draft, part)} 字</span>
      </div>
      {sections.length === 0 && <p className="hint">本部分还没有内容。</p>}
      {sections.map((s, i) => (
        <Fragment key={s.id}>
          {shownRemoved?.index === i && removedNotice}
          <SectionEditor
            section={s}
            index={i}
            count={sections.length}
            carried={props.carried.get(s.id)}
            readOnly={readOnly}
            onHeading={(heading) =>
              dispatch(textAction((d) => updateSection(d, part, s.id, { heading }), headingField(s.id)))
            }
            onText={(text) =>
              dispatch(
                textAction((d) => updateSection(d, part, s.id, { paragraphs: textParagraphs(text) }), bodyField(s.id), {
                  text,
                }),
              )
            }
            onPasteText={(text) =>
              dispatch(
                textAction((d) => updateSection(d, part, s.id, { paragraphs: textParagraphs(text) }), bodyField(s.id), {
                  typed: false,
                }),
              )
            }
            onLeave={() => dispatch({ type: 'seal' })}
            onMove={(delta) => edit((d) => moveSection(d, part, s.id, delta), null)}
            onRemove={() => remove(s, i)}
            onInsertAfter={() => edit((d) => addSection(d, part, i + 1), null)}
          />
          {/* Beside it with 对照上年 (the part lays the two out as columns). */}
          {matched && lastYear && <LastYearSection year={lastYear.year} section={matched.beside.get(s.id)} />}
        </Fragment>
      ))}
      {shownRemoved && shownRemoved.index >= sections.length && removedNotice}
      {matched && lastYear && matched.rest.length > 0 && (
        <div className="last-year-rest">
          <p className="hint">{lastYear.year}年还有以下小节：</p>
          {matched.rest.map((p) => (
            <LastYearSection key={p.id} year={lastYear.year} section={p} />
          ))}
        </div>
      )}
      <div className="row-actions">
        <button
          type="button"
          disabled={readOnly}
          onClick={() => edit((d) => addSection(d, part, sections.length), null)}
        >
          ＋ 添加小节
        </button>
      </div>
      {part === 'other' && draft.processingFees && (
        <FeesFields
          draft={draft}
          readOnly={readOnly}
          dispatch={dispatch}
          refused={props.refused}
          focusRequest={props.focusRequest}
          travels={props.travels}
        />
      )}
      {part === 'other' && <SignatureFields draft={draft} readOnly={readOnly} dispatch={dispatch} />}
    </section>
  );
}

function SectionEditor(p: {
  section: Section;
  index: number;
  count: number;
  carried: CarriedOver | undefined;
  readOnly: boolean;
  onHeading: (v: string) => void;
  onText: (v: string) => void;
  /** A paste, cleaned (logic/pasteText): its own undo step. */
  onPasteText: (v: string) => void;
  onMove: (delta: -1 | 1) => void;
  /** The focus left the heading or the body: the next typing there is a burst of its own. */
  onLeave: () => void;
  onRemove: () => void;
  onInsertAfter: () => void;
}) {
  const { section: s } = p;
  const areaRef = useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once the pasted text is rendered (React writes the new value after the paste event).
  const caretAfterPaste = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterPaste.current;
    if (caret === null || !areaRef.current) return;
    caretAfterPaste.current = null;
    areaRef.current.setSelectionRange(caret, caret);
  });
  return (
    <div className="section" data-section={s.id}>
      <div className="section-head">
        <input
          className="section-heading"
          aria-label={`第${p.index + 1}小节标题`}
          placeholder="小节标题（可不填），如（一）……"
          value={s.heading}
          data-field={headingField(s.id)}
          readOnly={p.readOnly}
          onChange={(e) => p.onHeading(e.target.value)}
          onBlur={p.onLeave}
        />
        {p.carried && <CarriedMark carried={p.carried} paragraphs={s.paragraphs.length} />}
        <div className="section-tools">
          <button type="button" title="上移" disabled={p.readOnly || p.index === 0} onClick={() => p.onMove(-1)}>
            ↑
          </button>
          <button
            type="button"
            title="下移"
            disabled={p.readOnly || p.index === p.count - 1}
            onClick={() => p.onMove(1)}
          >
            ↓
          </button>
          <button type="button" title="在下方插入小节" disabled={p.readOnly} onClick={p.onInsertAfter}>
            ＋
          </button>
          <button type="button" title="删除本小节" disabled={p.readOnly} onClick={p.onRemove}>
            删除
          </button>
        </div>
      </div>
      <textarea
        aria-label={`${s.heading || `第${p.index + 1}小节`}正文`}
        placeholder="正文，每段一行"
        value={sectionText(s)}
        data-field={bodyField(s.id)}
        readOnly={p.readOnly}
        rows={3}
        onChange={(e) => p.onText(e.target.value)}
        onBlur={p.onLeave}
        ref={areaRef}
        onPaste={(e) => {
          if (p.readOnly) return;
          const area = e.currentTarget;
          const text = e.clipboardData.getData('text/plain');
          e.preventDefault();
          const pasted = pasteIntoBody(area.value, area.selectionStart, area.selectionEnd, text);
          if (!pasted) return;
          caretAfterPaste.current = pasted.caret;
          p.onPasteText(pasted.text);
        }}
      />
    </div>
  );
}

/** 沿用上年: the sub-section (or which of its paragraphs) reads as last year's, until rewritten. */
function CarriedMark(p: { carried: CarriedOver; paragraphs: number }) {
  const which = p.paragraphs > 1 ? `第${p.carried.paragraphs.map((i) => i + 1).join('、')}段` : '';
  return (
    <span
      className="carried-mark"
      title={`${which || '本节正文'}与${p.carried.year}年报告相同或几乎相同，改写后标记消失`}
    >
      沿用上年{which && `（${which}）`}
    </span>
  );
}
