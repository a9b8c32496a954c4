import { closeSync, cpSync, existsSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/backup-service';
import { eventHash } from '../../../electron/core/db/event-chain';
import { call } from '../../../electron/core/dispatch';
import type { LogVerification } from '../../../electron/core/backup/verify-log';
import type { ListedBackup } from '../../../electron/core/backup/backup-store';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';
import { dabiao, expectBilingualFailure, json } from '../cli/cli-harness';

const SPAWNS = { timeout: 240_000 };
const tempDir = useTempDirs('dabiao-cli-backup-');

/** A data folder with an audit, some answers and a verified backup taken last: its head is the anchor. */
async function dataWithBackup(): Promise<{ dataDir: string; backup: ListedBackup; events: number }> {
  const { core, handlers, audit } = await openAuditCore(tempDir());
  for (const value of [true, false, true])
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value });
  const backup = await createBackup(core, 'manual');
  const events = core.repos.events.count();
  core.close();
  return { dataDir: core.dataDir, backup, events };
}

/** A copy of the folder whose database is changed by hand, as someone with the file (not the app) could. */
function tampered(dataDir: string, sql: string): string {
  const copy = join(tempDir(), 'copy');
  cpSync(dataDir, copy, { recursive: true });
  const db = new Database(join(copy, 'dabiao.sqlite'));
  db.exec(sql);
  db.close();
  return copy;
}

const verifyLog = (dataDir: string) => dabiao('verify-log', '--data-dir', dataDir, '--json');
const problemsOf = (stdout: string) =>
  (JSON.parse(stdout) as LogVerification).problems.map((p) => [p.kind, p.seq, p.message['en-US']]);

const DROP = 'DROP TRIGGER event_log_no_update; DROP TRIGGER event_log_no_delete;';
const RESTORE_TRIGGERS = `
CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log BEGIN SELECT RAISE(ABORT, 'event_log_append_only'); END;
CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log BEGIN SELECT RAISE(ABORT, 'event_log_append_only'); END;`;

describe('dabiao verify-log', SPAWNS, () => {
  it('passes an intact log, then names an edited, a deleted middle, a deleted tail and an inserted row', async () => {
    const { dataDir, events } = await dataWithBackup();
    const ok = dabiao('verify-log', '--data-dir', dataDir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`事件日志完好：${events} 条事件`);
    expect(ok.stdout).toContain(`第 ${events} 条`);

    const edited = verifyLog(
      tampered(dataDir, `${DROP} UPDATE event_log SET payload_json = '{"value":false}' WHERE seq = 3;`),
    );
    expectBilingualFailure(edited, 1);
    expect(problemsOf(edited.stdout)).toEqual([
      [
        'unprotected',
        null,
        "The event log's append-only triggers are missing: event_log_no_delete, event_log_no_update",
      ],
      ['edited', 3, 'Event 3 was edited: its content no longer matches its hash'],
    ]);

    const middle = verifyLog(tampered(dataDir, `${DROP} DELETE FROM event_log WHERE seq = 4; ${RESTORE_TRIGGERS}`));
    expectBilingualFailure(middle, 1);
    expect(problemsOf(middle.stdout)).toEqual([['deleted', 4, 'Event 4 is missing: it was deleted']]);

    // The chain of what is left is perfect: only the anchor shows the last two rows are gone.
    const tailDir = tampered(dataDir, `${DROP} DELETE FROM event_log WHERE seq > ${events - 2}; ${RESTORE_TRIGGERS}`);
    const tail = verifyLog(tailDir);
    expectBilingualFailure(tail, 1);
    const [tailProblem, ...rest] = problemsOf(tail.stdout);
    expect(rest).toEqual([]);
    expect(tailProblem?.slice(0, 2)).toEqual(['deleted', events - 1]);
    expect(tailProblem?.[2]).toMatch(
      new RegExp(
        `ends at event ${events - 2} but the anchor file .* recorded event ${events}: the last 2 events were deleted`,
      ),
    );

    // A row replaced by a well-formed forgery (its own hash recomputed) breaks the link to the next one.
    const content = {
      seq: 2,
      at: '2024-05-01T01:00:00.000Z',
      actor: 'mallory',
      type: 'answer.saved',
      entity: 'audit',
      entityId: 'x',
      payloadJson: '{}',
    };
    const original = new Database(join(dataDir, 'dabiao.sqlite'), { readonly: true });
    const prev = (original.prepare('SELECT hash FROM event_log WHERE seq = 1').get() as { hash: string }).hash;
    original.close();
    const hash = eventHash(prev, content);
    const inserted = verifyLog(
      tampered(
        dataDir,
        `${DROP} UPDATE event_log SET at = '${content.at}', actor = 'mallory', type = 'answer.saved', entity = 'audit', entity_id = 'x', payload_json = '{}', hash = '${hash}' WHERE seq = 2; ${RESTORE_TRIGGERS}`,
      ),
    );
    expectBilingualFailure(inserted, 1);
    expect(problemsOf(inserted.stdout)).toEqual([
      [
        'inserted',
        3,
        'Event 3 does not follow the event before it: it was inserted, or the one before it was rewritten',
      ],
    ]);
    console.log(
      `[verify-log] ${events} events: intact log passed; an edited, a deleted middle, 2 deleted last and a forged row each detected and named, exit 1`,
    );
  });

  it('reports a missing anchor file and falls back to the newest backup', async () => {
    const { dataDir, events } = await dataWithBackup();
    const copy = tampered(dataDir, `${DROP} DELETE FROM event_log WHERE seq = ${events}; ${RESTORE_TRIGGERS}`);
    rmSync(join(copy, 'event-log.anchor'));
    const result = verifyLog(copy);
    expectBilingualFailure(result, 1);
    expect(problemsOf(result.stdout).map((p) => p[0])).toEqual(['anchor', 'deleted']);
  });
});

/** Overwrites the SQLite header: the file is no longer a database at all. */
function corruptHeader(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
  closeSync(fd);
}

describe('a damaged database and dabiao backup', SPAWNS, () => {
  it('names the latest good backup, restores it, and keeps the damaged file aside', async () => {
    const { dataDir, backup } = await dataWithBackup();
    corruptHeader(join(dataDir, 'dabiao.sqlite'));

    const failed = dabiao('audit', 'list', '--data-dir', dataDir);
    expectBilingualFailure(failed, 1);
    expect(failed.stderr).toContain(`dabiao backup restore ${backup.name} --data-dir ${JSON.stringify(dataDir)}`);
    expect(failed.stderr).toMatch(/提示：可以用最近一个完好的备份.*\nHint: restore the latest good backup/u);

    const listed = json<ListedBackup[]>(dabiao('backup', 'list', '--data-dir', dataDir, '--json'));
    expect(listed.map((b) => [b.name, b.verified])).toEqual([[backup.name, true]]);

    const restored = dabiao('backup', 'restore', backup.name, '--data-dir', dataDir);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/已恢复 .*；原数据库已移到 dabiao\.sqlite\.before-restore-/u);
    const aside = readdirSync(dataDir).filter((f) => f.startsWith('dabiao.sqlite.before-restore-'));
    expect(aside.length).toBeGreaterThan(0);

    const audits = json<unknown[]>(dabiao('audit', 'list', '--data-dir', dataDir, '--json'));
    expect(audits).toHaveLength(1);
    const log = dabiao('verify-log', '--data-dir', dataDir);
    expect(log.code, log.stdout + log.stderr).toBe(0);
  });

  it('refuses to restore a name that is not a listed backup, changing nothing', async () => {
    const { dataDir } = await dataWithBackup();
    const before = readdirSync(dataDir).sort();
    for (const name of ['../dabiao.sqlite', 'dabiao-20200101T000000000Z-v7-manual.sqlite']) {
      const result = dabiao('backup', 'restore', name, '--data-dir', dataDir);
      expectBilingualFailure(result, 1);
      expect(result.stderr).toContain(name);
    }
    expect(readdirSync(dataDir).sort()).toEqual(before);
    expect(existsSync(join(dataDir, 'dabiao.sqlite'))).toBe(true);
  });

  it('backup create makes a verified copy and says so', async () => {
    const { dataDir } = await dataWithBackup();
    const made = json<ListedBackup>(dabiao('backup', 'create', '--data-dir', dataDir, '--json'));
    expect(made).toMatchObject({ kind: 'manual', verified: true });
    expect(json<ListedBackup[]>(dabiao('backup', 'list', '--data-dir', dataDir, '--json'))[0]?.name).toBe(made.name);
  });
});
