import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { withCspMeta } from '../../../electron/build/csp-meta';
import { mainWindowOptions } from '../../../electron/main/windows/main-window';
import {
  contentSecurityPolicy,
  installSecurity,
  isNavigationAllowed,
  isTrustedSender,
  permissionCheckDecision,
  permissionDecision,
  REACT_REFRESH_PREAMBLE_HASH,
  windowOpenDecision,
  withContentSecurityPolicy,
} from '../../../electron/main/windows/security';

const BUILT_APP = 'app://dabiao/index.html';
const DEV_APP = 'http://localhost:5173';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the extras off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('content security policy', () => {
  for (const isDev of [false, true]) {
    describe(isDev ? 'development' : 'production', () => {
      const policy = contentSecurityPolicy(isDev);
      const parsed = directives(policy);

      it('denies by default and never allows eval', () => {
        expect(parsed.get('default-src')).toEqual(["'none'"]);
        expect(policy).not.toContain('unsafe-eval');
        expect(policy).not.toContain('wasm-unsafe-eval');
        expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
        expect(parsed.get('object-src') ?? parsed.get('default-src')).toEqual(["'none'"]);
        expect(parsed.get('base-uri')).toEqual(["'none'"]);
      });

      it('names no remote origin and no wildcard', () => {
        const sources = [...parsed.values()].flat();
        for (const source of sources) {
          expect(source).not.toMatch(/^(https?|wss?|ftp):/);
          expect(source).not.toContain('*');
          expect(source).not.toMatch(/\.(com|cn|org|net|io)\b/);
        }
      });
    });
  }

  it('production scripts come from the app only', () => {
    expect(directives(contentSecurityPolicy(false)).get('script-src')).toEqual(["'self'"]);
  });

  it('development adds only the React Refresh preamble, by its hash', () => {
    expect(directives(contentSecurityPolicy(true)).get('script-src')).toEqual(["'self'", REACT_REFRESH_PREAMBLE_HASH]);
    const preamble = react.preambleCode.replace('__BASE__', '/');
    const hash = createHash('sha256').update(preamble).digest('base64');
    expect(REACT_REFRESH_PREAMBLE_HASH).toBe(`'sha256-${hash}'`);
  });

  it('renderer/index.html carries the production policy', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const metas = [...html.matchAll(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)];
    expect(metas.map((match) => match[1])).toEqual([contentSecurityPolicy(false)]);
  });

  it('the build plugin rewrites exactly one meta tag and refuses anything else', () => {
    const tag = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
    const html = `<head>${tag("default-src 'self'")}</head>`;
    expect(withCspMeta(html, "default-src 'none'")).toBe(`<head>${tag("default-src 'none'")}</head>`);
    expect(() => withCspMeta('<head></head>', "default-src 'none'")).toThrow(/exactly one/);
    expect(() => withCspMeta(html + html, "default-src 'none'")).toThrow(/found 2/);
  });

  it('the response header replaces any policy the server sent', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'none'",
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'none'"] });
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('navigation', () => {
  it('allows only a reload of our own document', () => {
    expect(isNavigationAllowed(BUILT_APP, BUILT_APP)).toBe(true);
    expect(isNavigationAllowed(`${BUILT_APP}#/standards`, BUILT_APP)).toBe(true);
    expect(isNavigationAllowed(`${DEV_APP}/#/audits`, DEV_APP)).toBe(true);
  });

  it('refuses other origins, other files and other schemes', () => {
    const refused = [
      'https://example.com/',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'file:///opt/Dabiao/resources/app.asar/out/renderer/index.html',
      'app://dabiao/other.html',
      'app://evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
    ];
    for (const url of refused) {
      expect(isNavigationAllowed(url, BUILT_APP), url).toBe(false);
      expect(isNavigationAllowed(url, DEV_APP), url).toBe(false);
    }
    expect(isNavigationAllowed(BUILT_APP, DEV_APP)).toBe(false);
    expect(isNavigationAllowed(`${DEV_APP}/other`, DEV_APP)).toBe(false);
  });

  it('never opens new windows', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const fromApp = { requestingUrl: `${BUILT_APP}#/audits`, isMainFrame: true };

  it('allows the camera for our main frame', () => {
    expect(permissionDecision('media', { ...fromApp, mediaTypes: ['video'] }, BUILT_APP)).toBe(true);
    expect(permissionCheckDecision('media', { ...fromApp, mediaType: 'video' }, BUILT_APP)).toBe(true);
  });

  it('refuses the microphone, even together with the camera', () => {
    expect(permissionDecision('media', { ...fromApp, mediaTypes: ['audio'] }, BUILT_APP)).toBe(false);
    expect(permissionDecision('media', { ...fromApp, mediaTypes: ['video', 'audio'] }, BUILT_APP)).toBe(false);
    expect(permissionDecision('media', { ...fromApp, mediaTypes: [] }, BUILT_APP)).toBe(false);
    expect(permissionDecision('media', fromApp, BUILT_APP)).toBe(false);
    expect(permissionCheckDecision('media', { ...fromApp, mediaType: 'audio' }, BUILT_APP)).toBe(false);
    expect(permissionCheckDecision('media', { ...fromApp, mediaType: 'unknown' }, BUILT_APP)).toBe(false);
    expect(permissionCheckDecision('media', fromApp, BUILT_APP)).toBe(false);
  });

  it('refuses the camera to other documents and sub-frames', () => {
    const video = { mediaTypes: ['video'] };
    expect(
      permissionDecision('media', { ...video, requestingUrl: 'https://evil.example/', isMainFrame: true }, BUILT_APP),
    ).toBe(false);
    expect(permissionDecision('media', { ...video, requestingUrl: BUILT_APP, isMainFrame: false }, BUILT_APP)).toBe(
      false,
    );
    expect(permissionDecision('media', { ...video, isMainFrame: true }, BUILT_APP)).toBe(false);
  });

  it('refuses every other permission', () => {
    const others = [
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'fullscreen',
      'pointerLock',
      'midi',
      'midiSysex',
      'hid',
      'usb',
      'serial',
      'fileSystem',
      'idle-detection',
      'persistent-storage',
      'window-management',
      'unknown',
    ];
    for (const permission of others) {
      expect(permissionDecision(permission, { ...fromApp, mediaTypes: ['video'] }, BUILT_APP), permission).toBe(false);
      expect(permissionCheckDecision(permission, { ...fromApp, mediaType: 'video' }, BUILT_APP), permission).toBe(
        false,
      );
    }
  });
});

describe('IPC sender check', () => {
  it('trusts only our document in the main frame', () => {
    expect(isTrustedSender({ frameUrl: `${BUILT_APP}#/audits`, isMainFrame: true }, BUILT_APP)).toBe(true);
    expect(isTrustedSender({ frameUrl: `${DEV_APP}/`, isMainFrame: true }, DEV_APP)).toBe(true);
  });

  it('refuses sub-frames, other origins, other files and vanished frames', () => {
    expect(isTrustedSender({ frameUrl: BUILT_APP, isMainFrame: false }, BUILT_APP)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'https://evil.example/', isMainFrame: true }, BUILT_APP)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'http://localhost:5174/', isMainFrame: true }, DEV_APP)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'file:///tmp/evil.html', isMainFrame: true }, BUILT_APP)).toBe(false);
    expect(isTrustedSender({ frameUrl: undefined, isMainFrame: true }, BUILT_APP)).toBe(false);
  });
});

describe('installSecurity wiring', () => {
  type Listener = (...args: unknown[]) => void;

  function install(appUrl: string, isDev: boolean) {
    const listeners = new Map<string, Listener>();
    const handlers: Record<string, Listener> = {};
    const session = {
      webRequest: { onHeadersReceived: (fn: Listener) => (handlers.headers = fn) },
      setPermissionRequestHandler: (fn: Listener) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: Listener) => (handlers.check = fn),
    };
    const webContents = {
      on: (name: string, fn: Listener) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: Listener) => (handlers.windowOpen = fn),
    };
    installSecurity(session as unknown as Session, webContents as unknown as WebContents, appUrl, isDev);
    return { listeners, handlers };
  }

  function prevented(listener: Listener | undefined, ...args: unknown[]): boolean {
    let result = false;
    listener?.({ preventDefault: () => (result = true), url: args[0] }, ...args);
    return result;
  }

  it('blocks navigation, redirects and webviews away from the app', () => {
    const { listeners } = install(BUILT_APP, false);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(prevented(listeners.get(event), 'https://example.com/'), event).toBe(true);
      expect(prevented(listeners.get(event), BUILT_APP), event).toBe(false);
    }
    expect(prevented(listeners.get('will-attach-webview'))).toBe(true);
  });

  it('denies window.open', () => {
    const { handlers } = install(BUILT_APP, false);
    expect(handlers.windowOpen?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('answers permission requests and checks with the decisions', () => {
    const { handlers } = install(BUILT_APP, false);
    const answers: boolean[] = [];
    const request = (permission: string, details: object) =>
      handlers.request?.(null, permission, (granted: boolean) => answers.push(granted), details);
    request('media', { mediaTypes: ['video'], requestingUrl: BUILT_APP, isMainFrame: true });
    request('media', { mediaTypes: ['audio'], requestingUrl: BUILT_APP, isMainFrame: true });
    request('geolocation', { requestingUrl: BUILT_APP, isMainFrame: true });
    expect(answers).toEqual([true, false, false]);
    expect(
      handlers.check?.(null, 'media', 'file://', { mediaType: 'video', requestingUrl: BUILT_APP, isMainFrame: true }),
    ).toBe(true);
    expect(handlers.check?.(null, 'notifications', 'file://', { requestingUrl: BUILT_APP, isMainFrame: true })).toBe(
      false,
    );
  });

  it('sends the policy for the mode it runs in', () => {
    for (const isDev of [false, true]) {
      const { handlers } = install(isDev ? DEV_APP : BUILT_APP, isDev);
      let sent: unknown;
      handlers.headers?.(
        { responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
        (reply: unknown) => (sent = reply),
      );
      expect(sent).toEqual({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy(isDev)] } });
    }
  });
});
