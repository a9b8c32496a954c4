import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../../electron/cli/dabiao.mjs', import.meta.url));
/** A command that forgot --data-dir must never reach the real user's data folder. */
const STRAY_DATA_DIR = join(tmpdir(), `dabiao-cli-stray-${process.pid}`);

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `dabiao` entry point in a child process, as a user would. */
export function dabiao(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DABIAO_LANG: 'zh-CN', DABIAO_DATA_DIR: STRAY_DATA_DIR },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function json<T>(result: CliResult): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** Row count of every table plus the event chain's head: any write shows up here. */
export function snapshot(dbFile: string): Record<string, number | string> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((r) => r.name);
    const counts: Record<string, number | string> = {};
    for (const table of tables)
      counts[table] = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()?.n ?? 0;
    counts['event_log.head'] =
      db.prepare<[], { hash: string }>('SELECT hash FROM event_log ORDER BY seq DESC LIMIT 1').get()?.hash ?? '';
    return counts;
  } finally {
    db.close();
  }
}

/** A failed command: non-zero exit, the error in Chinese then English on stderr. */
export function expectBilingualFailure(result: CliResult, code: number): void {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(code);
  expect(result.stderr).toMatch(/^错误：.+\nError: .+/mu);
}
