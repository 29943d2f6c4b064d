import type { FormatId } from '../../../shared/templates';
import { inputLabel } from '../logic/places';
import { ConfirmBanner } from './ConfirmBanner';
import type { RefusedInput } from './state';

/** Asked before leaving the editor drops refused inputs: each one links to its field. */
export function LeaveConfirm(props: {
  refused: Readonly<Record<string, RefusedInput>>;
  format: FormatId;
  onRefused: (address: string) => void;
  onStay: () => void;
  onLeave: () => void;
}) {
  const entries = Object.entries(props.refused);
  return (
    <ConfirmBanner
      label="离开前确认"
      title={<>还有 {entries.length} 处输入未被采用，离开后不再保留：</>}
      proceed="仍然离开"
      onBack={props.onStay}
      onProceed={props.onLeave}
    >
      {entries.map(([address, r]) => (
        <li key={address}>
          <button
            type="button"
            className="link"
            onClick={() => {
              props.onStay();
              props.onRefused(address);
            }}
          >
            {inputLabel(props.format, address)}“{r.text}”：{r.reason}
          </button>
        </li>
      ))}
    </ConfirmBanner>
  );
}
