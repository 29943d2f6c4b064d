import { readOnlyText } from '../logic/readOnly';

/** Why this version cannot be changed (an exported version, a draft from a newer app…). */
export function ReadOnlyBanner(props: { reason: string | null }) {
  return (
    <div className="banner warning" role="status">
      {readOnlyText(props.reason)}
    </div>
  );
}
