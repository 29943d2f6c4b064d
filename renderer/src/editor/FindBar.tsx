import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../../shared/model';
import { findInDraft } from '../logic/find';
import type { FindHit } from '../logic/find';

/**
 * 查找 (Ctrl+F) across the whole draft: the hits in report order, 下一个 / 上一个 (Enter / Shift+Enter in the box, F3 /
 * Shift+F3 anywhere), each opening its part with the found text selected. Esc closes it.
 */
export function FindBar(props: {
  draft: Draft;
  /** Changes on every Ctrl+F: the box takes the focus again. */
  focusNonce: number;
  onGo: (hit: FindHit, query: string) => void;
  onClose: () => void;
}) {
  const { draft, onGo } = props;
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(-1);
  const hits = useMemo(() => findInDraft(draft, query), [draft, query]);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [props.focusNonce]);

  const go = (step: 1 | -1) => {
    const n = hits.length;
    if (n === 0) return;
    const i = index < 0 || index >= n ? (step === 1 ? 0 : n - 1) : (index + step + n) % n;
    setIndex(i);
    onGo(hits[i]!, query);
  };
  const goRef = useRef(go);
  useLayoutEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F3') return;
      e.preventDefault();
      goRef.current(e.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const status =
    query.trim() === ''
      ? ''
      : hits.length === 0
        ? '无结果'
        : `${index >= 0 && index < hits.length ? index + 1 : 0}/${hits.length}`;
  return (
    <div className="find-bar" role="search" aria-label="查找">
      <input
        ref={inputRef}
        aria-label="查找内容"
        placeholder="查找标题、引言和各部分正文"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onClose();
          }
        }}
      />
      <span className="find-status" aria-live="polite">
        {status}
      </span>
      <button type="button" disabled={hits.length === 0} onClick={() => go(-1)} title="上一个 (Shift+F3)">
        上一个
      </button>
      <button type="button" disabled={hits.length === 0} onClick={() => go(1)} title="下一个 (F3)">
        下一个
      </button>
      <button type="button" className="link" onClick={props.onClose}>
        关闭
      </button>
    </div>
  );
}
