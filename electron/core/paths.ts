import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Dabiao';
export const DATABASE_FILE = 'dabiao.sqlite';

/**
 * Where Dabiao keeps its data: the folder Electron's app.getPath('userData') names for the app
 * "Dabiao", so the desktop app, the CLI and the demo all find the same database.
 * DABIAO_DATA_DIR overrides it (tests, portable installs, a second workspace).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.DABIAO_DATA_DIR) return env.DABIAO_DATA_DIR;
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_FOLDER);
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
  }
}
