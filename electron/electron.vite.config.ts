import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { CHANNELS } from '../shared/ipc';
import { cspMetaPlugin } from './build/csp-meta';

// Run from the project root: electron-vite build --config electron/electron.vite.config.ts
const fromRoot = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      // Dependencies stay in node_modules (electron-builder ships them); better-sqlite3 above all,
      // since its native binary cannot be bundled.
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: {
        input: { index: fromRoot('electron/main/index.ts') },
        output: { format: 'es' },
      },
    },
  },
  preload: {
    // The channel list is the only thing the preload needs from the contracts; injecting it as a
    // constant keeps zod and the schemas out of the sandboxed preload.
    define: { __DABIAO_CHANNELS__: JSON.stringify(CHANNELS) },
    build: {
      outDir: fromRoot('out/preload'),
      // A sandboxed preload can require only 'electron' and a few builtins: bundle everything else.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload/index.ts') },
        // Sandboxed preloads are not ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    plugins: [react(), cspMetaPlugin()],
    build: {
      outDir: fromRoot('out/renderer'),
      // Startup parses all of this on the modest PCs of county and township health offices.
      minify: true,
      // Loaded from disk, not a network: antd's one chunk is expected to be large.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        input: { index: fromRoot('renderer/index.html') },
        // Pages are split by their lazy routes; the libraries every screen needs get a chunk each.
        // antd has no group of its own: one antd chunk would carry every component of every page
        // (Table, Tree, Upload, Steps…) into the first screen; split by use, the first screen
        // loads only the components the shell and the audits list use.
        output: {
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
              { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
