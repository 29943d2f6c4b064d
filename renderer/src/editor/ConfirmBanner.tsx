import type { ReactNode } from 'react';

/**
 * A question before going on past something the user would lose or ship (errors before 导出, refused inputs before
 * leaving): what is wrong, listed, then 返回修改 or the way on anyway.
 */
export function ConfirmBanner(props: {
  /** The dialog's accessible name. */
  label: string;
  /** Added to the banner's classes. */
  className?: string;
  title: ReactNode;
  /** The list's items. */
  children: ReactNode;
  /** The danger button's text: 仍然… */
  proceed: string;
  onBack: () => void;
  onProceed: () => void;
}) {
  return (
    <div
      className={props.className ? `banner warning ${props.className}` : 'banner warning'}
      role="alertdialog"
      aria-label={props.label}
    >
      <strong>{props.title}</strong>
      <ul>{props.children}</ul>
      <div className="row-actions">
        <button type="button" onClick={props.onBack}>
          返回修改
        </button>
        <button type="button" className="danger" onClick={props.onProceed}>
          {props.proceed}
        </button>
      </div>
    </div>
  );
}
