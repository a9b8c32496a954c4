import type { Session, WebContents } from 'electron';

/**
 * Security decisions for the renderer. The decisions are pure functions over plain values and
 * `installSecurity` wires them into Electron using type-only imports, so all of it can be
 * tested under plain Node.
 */

/**
 * In development @vitejs/plugin-react injects one inline module script (the React Refresh
 * preamble). Allowing exactly that script by hash keeps 'unsafe-inline' out of script-src;
 * tests/unit/electron/window-security.test.ts recomputes the hash from the plugin's own text.
 * The preamble lands above the meta tag, so it is the response header that must admit it.
 */
export const REACT_REFRESH_PREAMBLE_HASH = "'sha256-Z2/iFzh9VMlVkEOar1f/oSHWwQk3ve1qk/C2WdsC4Xk='";

/**
 * Everything is loaded from the app itself ('self' is the packaged file or, in development,
 * the Vite dev server the window was loaded from; CSP 3 lets 'self' cover its HMR websocket).
 * style-src needs 'unsafe-inline' because antd injects its CSS-in-JS as <style> elements.
 */
export function contentSecurityPolicy(isDev: boolean): string {
  const scriptSrc = isDev ? `'self' ${REACT_REFRESH_PREAMBLE_HASH}` : "'self'";
  return [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// app: is the packaged bundle (startup.ts), http: the local dev server; file: is never ours.
const APP_PROTOCOLS = new Set(['app:', 'http:']);

/** Scheme, host and path: the identity of our one document, ignoring query and hash routes. */
function documentIdentity(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!APP_PROTOCOLS.has(parsed.protocol)) return null;
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

/**
 * The app is a single document with hash routes, which never fire will-navigate; any real
 * navigation must therefore be a reload of that same document. Everything else is refused.
 */
export function isNavigationAllowed(url: string, appUrl: string): boolean {
  const target = documentIdentity(url);
  return target !== null && target === documentIdentity(appUrl);
}

/** window.open and target=_blank never create windows; the app has no use for a second one. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

export interface SenderInfo {
  /** URL of the frame that sent the IPC message; undefined when the frame is already gone. */
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

/** IPC is answered only for our own document's main frame. */
export function isTrustedSender(sender: SenderInfo, appUrl: string): boolean {
  return sender.isMainFrame && sender.frameUrl !== undefined && isNavigationAllowed(sender.frameUrl, appUrl);
}

export interface PermissionDetails {
  /** For 'media' requests: 'video' is the camera, 'audio' the microphone. */
  mediaTypes?: readonly string[] | undefined;
  requestingUrl?: string | undefined;
  isMainFrame: boolean;
}

/**
 * The only permission the app needs is the camera, for evidence photos. Microphone, screen,
 * location, notifications, openExternal and every other permission are refused.
 */
export function permissionDecision(permission: string, details: PermissionDetails, appUrl: string): boolean {
  if (permission !== 'media') return false;
  const mediaTypes = details.mediaTypes ?? [];
  if (mediaTypes.length === 0 || !mediaTypes.every((type) => type === 'video')) return false;
  return isTrustedSender({ frameUrl: details.requestingUrl, isMainFrame: details.isMainFrame }, appUrl);
}

export interface PermissionCheckDetails {
  mediaType?: string | undefined;
  requestingUrl?: string | undefined;
  isMainFrame: boolean;
}

/** Synchronous permission checks follow the same rule as requests. */
export function permissionCheckDecision(permission: string, details: PermissionCheckDetails, appUrl: string): boolean {
  return permissionDecision(
    permission,
    {
      mediaTypes: details.mediaType === undefined ? [] : [details.mediaType],
      requestingUrl: details.requestingUrl,
      isMainFrame: details.isMainFrame,
    },
    appUrl,
  );
}

/** Response headers with our policy as the only Content-Security-Policy. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

/** Wires the decisions above into the session and the window's web contents. */
export function installSecurity(session: Session, webContents: WebContents, appUrl: string, isDev: boolean): void {
  const policy = contentSecurityPolicy(isDev);
  // The meta tag in index.html covers the app:// bundle; the header also covers the dev server.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });

  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      permissionDecision(
        permission,
        { mediaTypes, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame },
        appUrl,
      ),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    permissionCheckDecision(
      permission,
      { mediaType: details.mediaType, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame },
      appUrl,
    ),
  );

  webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, appUrl)) event.preventDefault();
  });
  webContents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url, appUrl)) event.preventDefault();
  });
  webContents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url, appUrl)) event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.setWindowOpenHandler(() => windowOpenDecision());
}
