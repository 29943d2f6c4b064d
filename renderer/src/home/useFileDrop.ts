/**
 * Files dragged over the window: `dragging` while a drag carrying files is over it (for the drop target), and
 * `onDrop` with what was dropped. Listens on the window, so a drop anywhere counts, and always cancels the browser's
 * default for files, which would open the file in place of the app (Electron also refuses that navigation).
 */
import { useEffect, useRef, useState } from 'react';
import type { DroppedItem } from '../logic/droppedFile';

export interface Dropped {
  readonly items: DroppedItem[];
  readonly files: File[];
}

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** The DataTransfer is readable only during the event: its files and folder flags are taken at once. */
function droppedOf(data: DataTransfer): Dropped {
  const files = [...data.files];
  const entries = [...data.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry?.());
  const items = files.map((file, i) => ({
    name: file.name,
    size: file.size,
    isDirectory: entries[i]?.isDirectory ?? false,
  }));
  return { items, files };
}

export function useFileDrop(onDrop: (dropped: Dropped) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the drag has left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      latest.current(droppedOf(e.dataTransfer!));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}
