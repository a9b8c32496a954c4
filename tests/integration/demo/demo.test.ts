import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { createDemo } from '../../../electron/core/demo/create-demo';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('demo data', () => {
  it.each([1, 2, 3, 42, 2024])(
    'seed %i: every level has finished audits, with the intended mix of verdicts',
    async (seed) => {
      const core = openCore({ dataDir: tempDir() });
      try {
        const report = await createDemo(core, { seed });
        expect(report.facilities).toBe(39);
        const completed = report.audits.filter((a) => a.status === 'completed');
        for (const level of ['village_clinic', 'township_health_center', 'county_hospital'] as const) {
          const verdicts = completed.filter((a) => a.level === level).map((a) => a.verdict);
          expect(verdicts, level).toContain('pass');
          expect(verdicts, level).toContain('basic');
        }
        expect(completed.filter((a) => a.level === 'village_clinic' && a.verdict === 'fail')).toHaveLength(2);
        expect(report.audits.filter((a) => a.status === 'in_progress').map((a) => a.level)).toEqual([
          'village_clinic',
          'township_health_center',
          'county_hospital',
        ]);
        const noDoctor = core.audits.list({}).filter((a) => a.level === 'village_clinic' && a.status === 'completed');
        const blocking = noDoctor.map((a) => core.audits.score(a.id).blockingFailures);
        expect(blocking).toContainEqual(['BMG-2c']);
      } finally {
        core.close();
      }
    },
  );

  it('refuses to run twice in one data folder and writes nothing the second time', async () => {
    const core = openCore({ dataDir: tempDir() });
    try {
      await createDemo(core, { seed: 1 });
      const events = () => core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM event_log').get()?.n;
      const before = events();
      await expect(createDemo(core, { seed: 2 })).rejects.toMatchObject({
        code: 'conflict',
        localized: { 'en-US': expect.stringContaining('already has demo data') },
      });
      expect(events()).toBe(before);
    } finally {
      core.close();
    }
  });
});
