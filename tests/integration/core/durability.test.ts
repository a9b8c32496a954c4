import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-durability-');

describe('an acknowledged answer', () => {
  it('is committed when saveAnswer returns: another connection sees it, and so does a reopened core', async () => {
    const root = tempDir();
    const { core, handlers, audit } = await openAuditCore(root, { kind: 'self_assessment' });
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-NUM', value: 3, note: '两名村医' });

    // A separate connection only sees committed data.
    const reader = new Database(core.dbFile, { readonly: true });
    expect(
      reader
        .prepare('SELECT value_json, note FROM answer WHERE audit_id = ? AND criterion_id = ?')
        .get(audit.id, 'M-NUM'),
    ).toEqual({
      value_json: '3',
      note: '两名村医',
    });
    reader.close();
    core.close();

    const reopened = openCore({ dataDir: core.dataDir, resourcesDir: `${root}/resources` });
    const detail = await call(createHandlers(reopened), 'getAudit', { id: audit.id });
    expect(detail.answers).toEqual([expect.objectContaining({ criterionId: 'M-NUM', value: 3, note: '两名村医' })]);
    expect(detail.audit.status).toBe('in_progress');
    expect(reopened.repos.events.verify().ok).toBe(true);
    reopened.close();
  });

  it('is all-or-nothing: when the event log cannot be written, neither the answer nor the status change is kept', async () => {
    const { core, handlers, audit } = await openAuditCore(tempDir(), { kind: 'self_assessment' });
    core.db.exec(
      `CREATE TEMP TRIGGER fail_log BEFORE INSERT ON main.event_log BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const logged: unknown[] = [];
    const err = await rejection(
      call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: true }, (_m, e) => logged.push(e)),
    );
    expect(err.code).toBe('internal');
    expect(JSON.stringify(err.localized)).not.toMatch(/disk full|at .*\.ts/);
    expect(logged).toHaveLength(1);
    core.db.exec('DROP TRIGGER temp.fail_log');
    const detail = await call(handlers, 'getAudit', { id: audit.id });
    expect(detail.answers).toEqual([]);
    expect(detail.audit.status).toBe('draft');
    core.close();
  });
});
