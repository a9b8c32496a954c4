// Worker entry for audit-file verification. Like the `dabiao` command, it runs the TypeScript
// source through tsx, so workers need no build step in the CLI, the tests and the benchmark.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('./verify-worker.ts');
