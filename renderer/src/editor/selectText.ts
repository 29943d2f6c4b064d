/**
 * Selecting words in the field that has just taken the focus (a finding's sentence, a 查找 hit) and bringing them
 * into view. Textareas grow with their text (`field-sizing: content`), so the part scrolls, not the field: a hidden
 * copy of the field's text laid out over it finds where the words are, and that spot is scrolled into view.
 */

/** After the part has rendered and its field taken the focus (an effect of the focus request). */
export function selectWhenFocused(range: (value: string) => { start: number; end: number } | null): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return;
      const r = range(el.value);
      if (!r) return;
      el.setSelectionRange(r.start, r.end);
      if (el instanceof HTMLTextAreaElement) scrollToOffset(el, r.start);
    }),
  );
}

const COPIED = [
  'boxSizing',
  'width',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'lineHeight',
  'letterSpacing',
  'wordBreak',
  'overflowWrap',
  'tabSize',
] as const;

function scrollToOffset(area: HTMLTextAreaElement, offset: number): void {
  const parent = area.offsetParent;
  if (!(parent instanceof HTMLElement)) return;
  const style = getComputedStyle(area);
  const mirror = document.createElement('div');
  for (const prop of COPIED) mirror.style[prop] = style[prop];
  Object.assign(mirror.style, {
    position: 'absolute',
    visibility: 'hidden',
    whiteSpace: 'pre-wrap',
    left: `${area.offsetLeft}px`,
    top: `${area.offsetTop - area.scrollTop}px`,
  });
  mirror.textContent = area.value.slice(0, offset);
  const mark = document.createElement('span');
  mark.textContent = '\u200b';
  mirror.append(mark);
  parent.append(mirror);
  mark.scrollIntoView({ block: 'center' });
  mirror.remove();
}
