import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appRequestFile } from '../startup';

/** Must run before the app is ready: Electron fixes a scheme's privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** Answers app:// requests with the renderer's own files and nothing else. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = appRequestFile(request.url, rendererDir);
    if (file === null) return new Response(null, { status: 404 });
    return net.fetch(pathToFileURL(file).href);
  });
}
