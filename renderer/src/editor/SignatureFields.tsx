import type { Draft, Signature } from '../../../shared/model';
import { editAction } from './state';
import type { EditorAction } from './state';

/** 落款 under part 六: the agency as signed (the profile's name unless changed) and the 成文日期 the user picks. */
export function SignatureFields(props: { draft: Draft; readOnly: boolean; dispatch: (a: EditorAction) => void }) {
  const { draft, readOnly, dispatch } = props;
  const edit = (change: Partial<Signature>, key: string) =>
    dispatch(editAction((d) => ({ ...d, signature: { ...d.signature, ...change } }), key));
  return (
    <fieldset className="signature">
      <legend>落款</legend>
      <label className="field">
        <span>署名机关</span>
        <input
          aria-label="落款机关"
          value={draft.signature.agency ?? ''}
          placeholder={draft.agency.name || '（机关名称）'}
          readOnly={readOnly}
          onChange={(e) => edit({ agency: e.target.value === '' ? null : e.target.value }, 'signature:agency')}
        />
      </label>
      <label className="field">
        <span>成文日期</span>
        <input
          type="date"
          aria-label="成文日期"
          value={draft.signature.date ?? ''}
          readOnly={readOnly}
          onChange={(e) => edit({ date: e.target.value === '' ? null : e.target.value }, 'signature:date')}
        />
      </label>
    </fieldset>
  );
}
