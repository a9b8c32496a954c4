import { describe, expect, it } from 'vitest';
import { applyAuditFill, inCallerTransaction, type ContractCall } from '../../../electron/core/audits/audit-fill-apply';
import { openCore, type Core } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

async function setup(): Promise<{ core: Core; run: ContractCall; auditId: string }> {
  const core = openCore({ dataDir: tempDir() });
  const handlers = createHandlers(core);
  const run: ContractCall = (name, input) => call(handlers, name, input, () => undefined);
  const facility = await run('createFacility', {
    code: 'VC-T1',
    name: '测试村卫生室',
    level: 'village_clinic',
    adminPath: { province: '示范省', prefecture: '东山市', county: '清河县', township: '龙泉镇', village: '小河村' },
    servicePopulation: 900,
  });
  const audit = await run('createAudit', { facilityId: facility.id, kind: 'self_assessment' });
  return { core, run, auditId: audit.id };
}

const events = (core: Core) => core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM event_log').get()?.n;

describe('applying a filled form', () => {
  it('writes nothing when one call of the fill is refused by the core', async () => {
    const { core, run, auditId } = await setup();
    try {
      const before = events(core);
      const fill = {
        answers: [
          { criterionId: 'BMG-1c', value: true },
          { criterionId: 'VC-S-03', value: 5 },
        ],
        staff: [{ name: '王医生', qualification: 'village_doctor' as const, verified: true }],
        equipment: [],
        drugs: [],
        errors: [],
      };
      await expect(applyAuditFill(core.db, run, auditId, fill)).rejects.toMatchObject({ code: 'validation' });
      const detail = await run('getAudit', { id: auditId });
      expect(detail.answers).toEqual([]);
      expect(detail.audit.status).toBe('draft');
      expect(events(core)).toBe(before);
      expect(core.db.inTransaction).toBe(false);
    } finally {
      core.close();
    }
  });

  it('matches roster rows on a second fill instead of adding copies', async () => {
    const { core, run, auditId } = await setup();
    try {
      const fill = {
        answers: [{ criterionId: 'BMG-1c', value: true }],
        staff: [{ name: '王医生', qualification: 'village_doctor' as const, verified: true }],
        equipment: [{ catalogCode: 'EQ-BP-MONITOR', present: true, working: false, count: 1 }],
        drugs: [{ genericName: '板蓝根颗粒', inStock: true }],
        errors: [],
      };
      await applyAuditFill(core.db, run, auditId, fill);
      await applyAuditFill(core.db, run, auditId, { ...fill, equipment: [{ ...fill.equipment[0]!, working: true }] });
      const { rosters } = await run('getAudit', { id: auditId });
      expect(rosters.staff).toHaveLength(1);
      expect(rosters.drugs).toHaveLength(1);
      expect(rosters.equipment).toEqual([expect.objectContaining({ catalogCode: 'EQ-BP-MONITOR', working: true })]);
    } finally {
      core.close();
    }
  });

  it('rolls back only the inner part when nested', async () => {
    const { core, run, auditId } = await setup();
    try {
      await inCallerTransaction(core.db, async () => {
        await run('saveAnswer', { auditId, criterionId: 'BMG-1c', value: true });
        await expect(
          inCallerTransaction(core.db, async () => {
            await run('saveAnswer', { auditId, criterionId: 'VC-S-03', value: true });
            throw new Error('inner failure');
          }),
        ).rejects.toThrow('inner failure');
      });
      const { answers } = await run('getAudit', { id: auditId });
      expect(answers.map((a) => a.criterionId)).toEqual(['BMG-1c']);
    } finally {
      core.close();
    }
  });
});
