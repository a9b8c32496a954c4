import { describe, expect, it } from 'vitest';
import type { Sample } from '../../../../../shared/ipc/contracts/review';
import { formOfSample, initialSampleForm, sampleFormProblems, sampleRequestOf } from './sample-form';

describe('sampling form', () => {
  it('starts with a small uniform draw at the level the dashboard was showing', () => {
    expect(initialSampleForm('village_clinic')).toEqual({
      facilityCount: 10,
      level: 'village_clinic',
      method: 'uniform',
      criteriaCount: 5,
      seed: '',
    });
    expect(initialSampleForm(undefined).level).toBeNull();
  });

  it('builds the request, leaving out an empty seed and an unset level', () => {
    const values = { ...initialSampleForm(undefined), seed: '   ' };
    expect(sampleRequestOf(values, ['示范省'])).toEqual({
      path: ['示范省'],
      facilityCount: 10,
      criteriaCount: 5,
      method: 'uniform',
    });
    const seeded = {
      ...values,
      seed: ' 2025-09-明查 ',
      level: 'county_hospital' as const,
      method: 'risk_weighted' as const,
    };
    expect(sampleRequestOf(seeded, [])).toEqual({
      path: [],
      facilityCount: 10,
      criteriaCount: 5,
      method: 'risk_weighted',
      level: 'county_hospital',
      seed: '2025-09-明查',
    });
  });

  it('names the wrong fields and builds no request while one is wrong', () => {
    const wrong = { ...initialSampleForm(undefined), facilityCount: 0, criteriaCount: 51, seed: 'x'.repeat(65) };
    expect(sampleFormProblems(wrong)).toEqual({
      facilityCount: 'ui.review.sample.count_invalid',
      criteriaCount: 'ui.review.sample.criteria_invalid',
      seed: 'ui.review.sample.seed_invalid',
    });
    expect(sampleRequestOf(wrong, [])).toBeNull();
    expect(sampleFormProblems({ ...initialSampleForm(undefined), facilityCount: null })).toHaveProperty(
      'facilityCount',
    );
    expect(sampleFormProblems({ ...initialSampleForm(undefined), facilityCount: 2.5 })).toHaveProperty('facilityCount');
    expect(sampleFormProblems({ ...initialSampleForm(undefined), criteriaCount: 0 })).toEqual({});
  });

  it('puts a recorded draw back in the form with its seed', () => {
    const sample = {
      id: 's1',
      seed: 'abc',
      drawnAt: '2025-09-01T08:00:00Z',
      request: {
        path: ['示范省'],
        facilityCount: 3,
        method: 'risk_weighted',
        criteriaCount: 2,
        level: 'village_clinic',
      },
      populationSize: 27,
      facilities: [],
    } satisfies Sample;
    expect(formOfSample(sample)).toEqual({
      facilityCount: 3,
      level: 'village_clinic',
      method: 'risk_weighted',
      criteriaCount: 2,
      seed: 'abc',
    });
  });
});
