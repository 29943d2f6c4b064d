import { useEffect, useRef, useState } from 'react';
import type { Draft, ProcessingFees } from '../../../shared/model';
import { processingFeesSentence } from '../../../shared/model';
import { FEE_FIELDS } from '../../../shared/input';
import { setFees } from '../logic/edits';
import { FEE_SENTENCE } from '../logic/places';
import { editAction } from './state';
import type { EditorAction, FocusRequest, RefusedInput } from './state';
import { feeTextActions } from './typing';

const FIELDS = Object.entries(FEE_FIELDS).map(([address, f]) => ({ address, ...f }));

interface Props {
  readonly draft: Draft;
  readonly readOnly: boolean;
  readonly dispatch: (a: EditorAction) => void;
  /** Refused inputs of the whole editor: the fee fields' are kept there like a cell's, so leaving the part keeps them. */
  readonly refused: Readonly<Record<string, RefusedInput>>;
  readonly focusRequest: FocusRequest | null;
  readonly travels: number;
}

/** 2021 part 六: the three 信息处理费 figures and the sentence generated from them (editable). */
export function FeesFields(props: Props) {
  const { draft, dispatch, refused } = props;
  const fees = draft.processingFees!;
  const rootRef = useRef<HTMLFieldSetElement>(null);
  // The text of the field being typed in, as typed ("1.50" stays "1.50" while it is stored as 1.5); an undo ends it.
  // `original`: the field's value before this typing began, what the draft keeps while the text is refused.
  const [typing, setTyping] = useState<{
    address: string;
    text: string;
    travels: number;
    original: number | null;
  } | null>(null);
  const edit = (change: Partial<ProcessingFees>, key: string | null) =>
    dispatch(editAction((d) => setFees(d, change), key));
  const sentence = processingFeesSentence(draft);

  useEffect(() => {
    const place = props.focusRequest?.place;
    if (place?.kind !== 'fee') return;
    const root = rootRef.current;
    const el =
      place.address === FEE_SENTENCE
        ? root?.querySelector<HTMLElement>('.fees-sentence textarea, .fees-sentence button')
        : root?.querySelector<HTMLElement>(`[data-fee="${place.address}"]`);
    el?.focus();
  }, [props.focusRequest]);

  return (
    <fieldset className="fees" ref={rootRef}>
      <legend>信息处理费（《政府信息公开信息处理费管理办法》）</legend>
      <div className="fees-fields">
        {FIELDS.map((f) => {
          const bad = refused[f.address];
          const live = typing?.address === f.address && typing.travels === props.travels ? typing.text : null;
          return (
            <label key={f.address} className={bad ? 'sev-error' : undefined}>
              <span>{f.label}</span>
              <input
                aria-label={f.label}
                data-fee={f.address}
                inputMode="decimal"
                autoComplete="off"
                readOnly={props.readOnly}
                value={live ?? bad?.text ?? fees[f.field]?.toString() ?? ''}
                aria-invalid={bad ? true : undefined}
                onChange={(e) => {
                  const text = e.target.value;
                  const original = live !== null && typing ? typing.original : (fees[f.field] ?? null);
                  setTyping({ address: f.address, text, travels: props.travels, original });
                  const session = { key: `fees:${f.address}`, original };
                  for (const action of feeTextActions(f.address, text, session)) dispatch(action);
                }}
                onBlur={() => {
                  setTyping(null);
                  dispatch({ type: 'seal' });
                }}
              />
              {bad && (
                <span className="field-reason" role="alert">
                  {bad.reason}（未采用）
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
            <span className="generated">
              {sentence ?? '（填写上面的数字后自动生成）'}
              {FIELDS.some((f) => refused[f.address]) && (
                <em className="hint">（有未采用的输入：表述按已采用的数字生成）</em>
              )}
            </span>
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
