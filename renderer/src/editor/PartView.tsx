import type { Draft } from '../../../shared/model';
import type { FormatDef, NarrativePartId, TableId } from '../../../shared/templates';
import type { CarriedOver, NavTarget } from '../logic/findings';
import { FrontMatter } from './FrontMatter';
import { NarrativePart } from './NarrativePart';
import type { TableGridProps } from './TableGrid';
import { TablePart } from './TablePart';

/** The part being edited: 标题与引言, a narrative part or a table part of the format. */
export function PartView(
  props: Omit<TableGridProps, 'table' | 'onPasteReport'> & {
    readonly format: FormatDef;
    readonly part: NavTarget;
    /** 沿用上年 marks of the narrative parts, by sub-section id. */
    readonly carried: ReadonlyMap<string, CarriedOver>;
    /** 对照上年 on: last year's draft (its cells are in `lastYear`). */
    readonly previous?: Draft | null;
  },
) {
  const { format, part, draft, readOnly, dispatch, focusRequest, refused, travels } = props;
  const currentPart = format.parts.find((p) => p.id === part);
  // What every part's editor is given.
  const common = { draft, readOnly, dispatch, focusRequest, refused, travels };
  return (
    <main className="part-view">
      {part === 'front' && (
        <FrontMatter draft={draft} readOnly={readOnly} dispatch={dispatch} focusRequest={focusRequest} />
      )}
      {currentPart?.kind === 'narrative' && (
        <NarrativePart
          key={currentPart.id}
          part={currentPart.id as NarrativePartId}
          heading={currentPart.heading}
          carried={props.carried}
          lastYear={
            props.previous
              ? { year: props.previous.year, sections: props.previous.narrative[currentPart.id as NarrativePartId] }
              : null
          }
          {...common}
        />
      )}
      {currentPart?.kind === 'table' && (
        <TablePart
          key={currentPart.id}
          heading={currentPart.heading}
          table={format.tables[currentPart.id as TableId]}
          values={props.values}
          severities={props.severities}
          lastYear={props.lastYear}
          {...common}
        />
      )}
    </main>
  );
}
