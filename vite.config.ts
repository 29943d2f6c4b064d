import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The renderer build. `base: './'` because the app loads it from a custom `app://` protocol (and the web test bridge
 * from plain http): every asset URL must be relative. docx-preview is imported lazily by the preview, so it lands in
 * its own chunk and the editor never downloads it.
 */
export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
