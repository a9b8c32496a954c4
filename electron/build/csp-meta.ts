import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../main/windows/security';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/gi;

/** index.html with its one CSP meta tag set to `policy`; anything but exactly one tag is an error. */
export function withCspMeta(html: string, policy: string): string {
  const found = html.match(CSP_META)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`renderer/index.html must have exactly one Content-Security-Policy meta tag, found ${found}`);
  }
  return html.replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

/**
 * Writes security.ts's policy into index.html, so the meta tag (which is what protects file://
 * pages) and the header main sends can never disagree: the strict one in builds, the development
 * one (which also admits the React Refresh preamble) under the dev server.
 */
export function cspMetaPlugin(): Plugin {
  let isDev = false;
  return {
    name: 'dabiao:csp-meta',
    configResolved(config) {
      isDev = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => withCspMeta(html, contentSecurityPolicy(isDev)),
    },
  };
}
