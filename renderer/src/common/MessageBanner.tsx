import type { CoverageSections } from '../../../shared/import/coverage';

/** What the editor is told to show on opening: a line, and under it a list or the importer's coverage report. */
export interface Notice {
  readonly text: string;
  readonly lines?: readonly string[];
  readonly coverage?: CoverageSections;
}

/** A banner with a message, an optional list under it and 关闭; an error is an alert, anything else a status. */
export function MessageBanner(props: {
  text: string;
  lines?: readonly string[] | undefined;
  error?: boolean;
  onClose: () => void;
}) {
  return (
    <div className={props.error ? 'banner error' : 'banner'} role={props.error ? 'alert' : 'status'}>
      <span>{props.text}</span>
      {props.lines && (
        <ul className="coverage">
          {props.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link" onClick={props.onClose}>
        关闭
      </button>
    </div>
  );
}
