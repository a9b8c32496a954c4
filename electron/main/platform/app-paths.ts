import path from 'node:path';
import { app } from 'electron';

/** The database, evidence files and keys live here: per user, kept across updates. */
export function userDataDir(): string {
  return app.getPath('userData');
}

/** Built-in standards, catalogues and fonts: extraResources when packaged, the source tree otherwise. */
export function resourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');
}
