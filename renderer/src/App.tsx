import { useCallback, useState } from 'react';
import type { OpenedDraft } from '../../shared/api/contract';
import { Editor } from './editor/Editor';
import { Home } from './home/Home';

type Screen =
  { readonly kind: 'home' } | { readonly kind: 'editor'; readonly opened: OpenedDraft; readonly key: number };

export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const open = useCallback((opened: OpenedDraft) => setScreen({ kind: 'editor', opened, key: Date.now() }), []);
  const home = useCallback(() => setScreen({ kind: 'home' }), []);
  return screen.kind === 'home' ? (
    <Home onOpen={open} />
  ) : (
    <Editor key={screen.key} opened={screen.opened} onClose={home} />
  );
}
