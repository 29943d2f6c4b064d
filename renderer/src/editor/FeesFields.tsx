import { useState } from 'react';
import type { Draft, ProcessingFees } from '../../../shared/model';
import { processingFeesSentence } from '../../../shared/model';
import { parseCellInput } from '../../../shared/input/cellInput';
import type { ValueKind } from '../../../shared/templates';
import { setFees } from '../logic/edits';
import { editAction } from './state';
import type { EditorAction } from './state';

const FIELDS: readonly { key: 'noticeCount' | 'noticeAmount' | 'collectedAmount'; label: string; kind: ValueKind }[] = [
  { key: 'noticeCount', label: '发出收费通知（件）', kind: 'count' },
  { key: 'noticeAmount', label: '收费通知总金额（元）', kind: 'money' },
  { key: 'collectedAmount', label: '实际收取金额（元）', kind: 'money' },
];

/** 2021 part 六: the three 信息处理费 figures and the sentence generated from them (editable). */
export function FeesFields(props: { draft: Draft; readOnly: boolean; dispatch: (a: EditorAction) => void }) {
  const fees = props.draft.processingFees!;
  const [texts, setTexts] = useState<Record<string, { text: string; reason: string }>>({});
  const edit = (change: Partial<ProcessingFees>, key: string | null) =>
    props.dispatch(editAction((d) => setFees(d, change), key));
  const sentence = processingFeesSentence(props.draft);
  return (
    <fieldset className="fees">
      <legend>信息处理费（《政府信息公开信息处理费管理办法》）</legend>
      <div className="fees-fields">
        {FIELDS.map((f) => {
          const bad = texts[f.key];
          return (
            <label key={f.key} className={bad ? 'sev-error' : undefined}>
              <span>{f.label}</span>
              <input
                aria-label={f.label}
                inputMode="decimal"
                readOnly={props.readOnly}
                value={bad ? bad.text : (fees[f.key]?.toString() ?? '')}
                aria-invalid={bad ? true : undefined}
                onChange={(e) => {
                  const text = e.target.value;
                  const parsed = parseCellInput(text, f.kind);
                  if (parsed.ok) {
                    const { [f.key]: _, ...rest } = texts;
                    setTexts(rest);
                    edit({ [f.key]: parsed.value }, `fees:${f.key}`);
                  } else {
                    setTexts({ ...texts, [f.key]: { text, reason: parsed.reason } });
                  }
                }}
              />
              {bad && (
                <span className="field-reason" role="alert">
                  {bad.reason}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <div className="fees-sentence">
        <span className="label">报告中的表述：</span>
        {fees.sentence === null ? (
          <>
            <span className="generated">{sentence ?? '（填写上面的数字后自动生成）'}</span>
            <button
              type="button"
              disabled={props.readOnly || sentence === null}
              onClick={() => edit({ sentence: sentence ?? '' }, null)}
            >
              改写
            </button>
          </>
        ) : (
          <>
            <textarea
              aria-label="信息处理费表述"
              value={fees.sentence}
              readOnly={props.readOnly}
              rows={2}
              onChange={(e) => edit({ sentence: e.target.value }, 'fees:sentence')}
            />
            <button type="button" disabled={props.readOnly} onClick={() => edit({ sentence: null }, null)}>
              恢复自动生成
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}
