import { useEffect, useRef } from 'react';
import type { AgencyProfile, Draft } from '../../../shared/model';
import { AGENCY_KIND_LABELS, AGENCY_KINDS, defaultTitle, draftOpening } from '../../../shared/model';
import { setOpening, setTitle } from '../logic/edits';
import { OPENING_FIELD, TITLE_FIELD } from '../logic/textFields';
import { editAction, textAction } from './state';
import type { EditorAction, FocusRequest } from './state';
import type { FrontField } from '../logic/places';

const FIELD_LABEL: Record<FrontField, string> = {
  title: '标题',
  agencyName: '机关名称',
  agencyKind: '机关层级',
  opening: '引言',
};

/** 标题与引言: the title, the agency as printed in this report, and the opening paragraph (generated until edited). */
export function FrontMatter(props: {
  draft: Draft;
  readOnly: boolean;
  dispatch: (a: EditorAction) => void;
  focusRequest: FocusRequest | null;
}) {
  const { draft, readOnly, dispatch } = props;
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const place = props.focusRequest?.place;
    if (place?.kind !== 'front') return;
    const el = rootRef.current?.querySelector<HTMLElement>(`[aria-label="${FIELD_LABEL[place.field]}"]`);
    el?.focus();
    // After an undo or redo in the text: the caret where it changed.
    if (place.caret !== undefined && el instanceof HTMLTextAreaElement) el.setSelectionRange(place.caret, place.caret);
  }, [props.focusRequest]);
  const seal = () => dispatch({ type: 'seal' });
  const edit = (change: (d: Draft) => Draft, key: string | null) => dispatch(editAction(change, key));
  const setAgency = (change: Partial<AgencyProfile>, key: string) =>
    edit((d) => ({ ...d, agency: { ...d.agency, ...change } }), key);
  return (
    <section className="part front-part" aria-label="标题与引言" ref={rootRef}>
      <div className="part-head">
        <h2>标题与引言</h2>
      </div>
      <label className="field">
        <span>
          标题
          <em className="hint">（一行排不下时自动在机关名称后分两行；要换个位置分行，在那里按回车）</em>
        </span>
        <textarea
          aria-label="标题"
          rows={2}
          value={draft.title ?? ''}
          placeholder={defaultTitle(draft.agency.name || '（机关名称）', draft.year)}
          data-field={TITLE_FIELD}
          readOnly={readOnly}
          onChange={(e) =>
            dispatch(textAction((d) => setTitle(d, e.target.value === '' ? null : e.target.value), TITLE_FIELD))
          }
          onBlur={seal}
        />
      </label>
      <p className="hint title-hint">
        留空即按规定格式“机关名称＋年份＋年政府信息公开工作年度报告”；列表中的“重命名”“复制”不改标题。
        {draft.title !== null && !readOnly && (
          <button type="button" className="link" onClick={() => edit((d) => setTitle(d, null), null)}>
            恢复规定标题
          </button>
        )}
      </p>
      <div className="field-row">
        <label className="field">
          <span>机关名称</span>
          <input
            aria-label="机关名称"
            value={draft.agency.name}
            readOnly={readOnly}
            onChange={(e) => setAgency({ name: e.target.value }, 'agency:name')}
          />
        </label>
        <label className="field">
          <span>机关层级</span>
          <select
            aria-label="机关层级"
            value={draft.agency.kind}
            disabled={readOnly}
            onChange={(e) => setAgency({ kind: e.target.value as AgencyProfile['kind'] }, 'agency:kind')}
          >
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {AGENCY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>
          引言
          {draft.opening === null ? <em className="hint">（根据机关信息和年度自动生成，修改后成为自由文本）</em> : null}
        </span>
        <textarea
          aria-label="引言"
          value={draftOpening(draft)}
          data-field={OPENING_FIELD}
          readOnly={readOnly}
          rows={4}
          onChange={(e) => dispatch(textAction((d) => setOpening(d, e.target.value), OPENING_FIELD))}
          onBlur={seal}
        />
      </label>
      {draft.opening !== null && (
        <div className="row-actions">
          <button type="button" disabled={readOnly} onClick={() => edit((d) => setOpening(d, null), null)}>
            恢复自动生成的引言
          </button>
        </div>
      )}
    </section>
  );
}
