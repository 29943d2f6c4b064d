import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
if ((window as Partial<Window>).reportStudio === undefined) {
  // Opened outside the app and outside the web test bridge (e.g. `npm run dev:web` alone).
  root.render(
    <p className="banner error" role="alert">
      未连接到程序后台（window.reportStudio 不存在）：请在桌面程序中打开，或使用 npm run serve:web。
    </p>,
  );
} else {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
