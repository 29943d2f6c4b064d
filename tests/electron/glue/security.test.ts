import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  NETWORK_URL_PATTERNS,
  secureWebPreferences,
} from '../../../electron/security';
import { FakeSession, FakeWebContents } from './fakeElectron';
import type { Session, WebContents } from 'electron';

const prevented = () => {
  const event = { preventDefault: vi.fn(), url: '', isMainFrame: true };
  return event;
};

describe('security settings of the shell', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it("has a CSP of default-src 'self' with no remote source anywhere", () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim());
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|'unsafe-eval'/);
  });

  it('recognises only the app’s own origin', () => {
    expect(isAppUrl('app://report-studio/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///opt/app/index.html')).toBe(false);
    expect(isAppUrl('https://report-studio/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('denies navigation, redirects, webviews and every new window', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = prevented();
      contents.emit(name, event, 'https://example.com/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    const sameApp = prevented();
    contents.emit('will-navigate', sameApp, 'app://report-studio/other.html');
    expect(sameApp.preventDefault).toHaveBeenCalled();
    const frameAway = { ...prevented(), url: 'https://example.com/', isMainFrame: false };
    contents.emit('will-frame-navigate', frameAway);
    expect(frameAway.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://report-studio/index.html' })).toEqual({ action: 'deny' });
  });

  it('never opens a file dropped on the window in place of the app (the page imports it instead)', () => {
    expect(secureWebPreferences('/app/preload.cjs').navigateOnDragDrop).toBe(false);
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    const dropped = 'file:///home/user/2024年报.pdf';
    const navigate = prevented();
    contents.emit('will-navigate', navigate, dropped);
    expect(navigate.preventDefault).toHaveBeenCalled();
    const frame = { ...prevented(), url: dropped, isMainFrame: true };
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check, every device, every download and every network request', () => {
    const session = new FakeSession();
    hardenSession(session as unknown as Session);
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(checkHandler({}, 'media', 'app://report-studio', {})).toBe(false);
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(deviceHandler({})).toBe(false);

    const [filter, onRequest] = session.webRequest.onBeforeRequest.mock.calls[0]! as [
      { urls: string[] },
      (d: unknown, cb: (r: unknown) => void) => void,
    ];
    expect(filter.urls).toEqual(NETWORK_URL_PATTERNS);
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    onRequest({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });

    const download = prevented();
    session.emit('will-download', download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
