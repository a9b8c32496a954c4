import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { openReviewFixture } from './review-fixture';

const tempDir = useTempDirs('dabiao-review-sampling-');

const picked = (sample: { facilities: { code: string; criteria: { criterionId: string }[] }[] }) =>
  sample.facilities.map((f) => [f.code, f.criteria.map((c) => c.criterionId)]);

describe('review:draw-sample', () => {
  it('draws the same facilities and criteria again from a recorded seed, here and in another database', async () => {
    const { core, handlers } = await openReviewFixture(tempDir());
    const request = {
      seed: '2024-明查暗访-01',
      path: ['云南省'],
      facilityCount: 5,
      method: 'risk_weighted' as const,
      criteriaCount: 3,
    };
    const first = await call(handlers, 'drawSample', request);
    expect(first.seed).toBe(request.seed);
    expect(first.request).toEqual({ ...request });
    // Every facility of 云南省 is in the population: 18 of the fixture's 19.
    expect(first.populationSize).toBe(18);
    expect(first.facilities).toHaveLength(5);
    for (const f of first.facilities) {
      expect(f.path[0]).toBe('云南省');
      // The fixture township standard has one criterion; no county standard is installed here.
      const available = { county_hospital: 0, township_health_center: 1, village_clinic: 3 }[f.level];
      expect(f.criteria).toHaveLength(available);
      expect(new Set(f.criteria.map((c) => c.criterionId)).size).toBe(f.criteria.length);
      expect(f.criteria.map((c) => c.criterionId)).not.toContain('M-TEXT');
    }
    const codes = first.facilities.map((f) => f.code);
    expect(codes).toEqual([...codes].sort());

    const again = await call(handlers, 'drawSample', request);
    expect(again.id).not.toBe(first.id);
    expect(picked(again)).toEqual(picked(first));

    const other = await openReviewFixture(tempDir());
    expect(picked(await call(other.handlers, 'drawSample', request))).toEqual(picked(first));
    other.core.close();

    const seeds = await Promise.all(
      ['a', 'b', 'c', 'd'].map((seed) => call(handlers, 'drawSample', { ...request, seed })),
    );
    expect(new Set(seeds.map((s) => JSON.stringify(picked(s)))).size).toBeGreaterThan(1);

    const stored = await call(handlers, 'listSamples', {});
    expect(stored).toHaveLength(6);
    expect(stored.find((s) => s.id === first.id)).toEqual(first);
    core.close();
  });

  it('generates and records a seed when none is given; refuses an empty population', async () => {
    const { core, handlers } = await openReviewFixture(tempDir());
    const drawn = await call(handlers, 'drawSample', { facilityCount: 30, level: 'village_clinic' });
    expect(drawn.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(drawn.request).toMatchObject({ seed: drawn.seed, method: 'uniform', criteriaCount: 0, path: [] });
    // Asking for more than there are draws every one of them.
    expect(drawn.populationSize).toBe(13);
    expect(drawn.facilities.map((f) => f.code)).toEqual(
      Array.from({ length: 13 }, (_, i) => `VC-${String(i + 1).padStart(2, '0')}`),
    );
    const replay = await call(handlers, 'drawSample', { ...drawn.request, facilityCount: 4 });
    expect(replay.seed).toBe(drawn.seed);

    const events = core.db.prepare(`SELECT count(*) FROM event_log WHERE type = 'sample.drawn'`).pluck().get();
    expect(events).toBe(2);
    const empty = await rejection(call(handlers, 'drawSample', { facilityCount: 1, path: ['西藏自治区'] }));
    expect(empty.code).toBe('validation');
    expect(empty.localized['zh-CN']).toContain('没有登记的机构');
    core.close();
  });
});
