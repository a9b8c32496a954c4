import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-events-');

async function busyCore(root: string) {
  const tc = await openAuditCore(root, { kind: 'spot_check', announced: false });
  for (const value of [true, false, true])
    await call(tc.handlers, 'saveAnswer', { auditId: tc.audit.id, criterionId: 'M-YN', value });
  return tc;
}

describe('event log', () => {
  it('records every write in one verifiable hash chain', async () => {
    const { core, audit } = await busyCore(tempDir());
    const verdict = core.repos.events.verify();
    expect(verdict.ok).toBe(true);
    const events = core.repos.events.listFor('audit', audit.id);
    expect(events.map((e) => e.type)).toEqual([
      'audit.created',
      'answer.saved',
      'audit.status_changed',
      'answer.saved',
      'answer.saved',
    ]);
    expect(events.every((e) => e.actor === 'tester')).toBe(true);
    expect(JSON.parse(events[3]?.payloadJson ?? 'null')).toMatchObject({ criterionId: 'M-YN', value: false });
    core.close();
  });

  it('refuses UPDATE and DELETE and out-of-chain inserts', async () => {
    const { core } = await busyCore(tempDir());
    const count = core.repos.events.count();
    expect(() => core.db.prepare(`UPDATE event_log SET payload_json = '{}' WHERE seq = 3`).run()).toThrow(
      /event_log_append_only/,
    );
    expect(() => core.db.prepare('DELETE FROM event_log WHERE seq = (SELECT max(seq) FROM event_log)').run()).toThrow(
      /event_log_append_only/,
    );
    expect(() =>
      core.db
        .prepare(
          `INSERT INTO event_log SELECT seq + 100, at, actor, type, entity, entity_id, payload_json, hash, '${'f'.repeat(64)}' FROM event_log WHERE seq = 1`,
        )
        .run(),
    ).toThrow(/event_log_chain/);
    expect(core.repos.events.count()).toBe(count);
    core.close();
  });

  it("detects a row changed behind the triggers' back", async () => {
    const { core } = await busyCore(tempDir());
    core.db.exec('DROP TRIGGER event_log_no_update');
    core.db.prepare(`UPDATE event_log SET payload_json = '{"value":"forged"}' WHERE seq = 4`).run();
    expect(core.repos.events.verify()).toMatchObject({ ok: false, brokenAt: 4, reason: 'hash' });
    core.close();
  });
});
