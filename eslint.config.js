import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const nodeImports = {
  regex: `^(node:|(${nodeBuiltins.map(escape).join('|')})(/|$))`,
  message: 'Node APIs belong to electron/ (main process, core, CLI).',
};
const electronImport = {
  regex: '^electron(/|$)',
  message: "Only electron/main and electron/preload may import 'electron'; the core must run under plain Node.",
};

/** Folder boundaries of DESIGN.md §2, enforced on top of the per-process tsconfigs. */
const boundaries = [
  {
    files: ['shared/**'],
    patterns: [
      nodeImports,
      electronImport,
      { regex: '^react(-dom)?(/|$)', message: 'shared/ is UI-free.' },
      {
        regex: '^\\.{1,2}/(.*/)?(electron|renderer)(/|$)',
        message: 'shared/ must not depend on electron/ or renderer/.',
      },
    ],
  },
  {
    files: ['renderer/**'],
    patterns: [
      nodeImports,
      electronImport,
      { regex: '^\\.{1,2}/(.*/)?electron(/|$)', message: 'The renderer reaches main only through window.dabiao.' },
    ],
  },
  { files: ['electron/core/**', 'electron/cli/**'], patterns: [electronImport] },
];

export default defineConfig(
  { ignores: ['out/**', 'dist/**', '.native/**', 'coverage/**', 'test-artifacts/**', 'node_modules/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...boundaries.map(({ files, patterns }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
);
