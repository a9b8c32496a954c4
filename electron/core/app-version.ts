import packageJson from '../../package.json';

/** One version for the app, the CLI and the files they write. */
export const APP_VERSION: string = packageJson.version;
