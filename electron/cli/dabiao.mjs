#!/usr/bin/env node
// The `dabiao` command: runs the TypeScript CLI through tsx, so the CLI and the app share one
// source without a build step. The tsconfig is pinned so the caller's working directory
// (and whatever tsconfig it holds) does not change how the CLI compiles.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('./main.ts');
