import { describe, expect, it } from 'vitest';
import { FacilityInputSchema, type Facility } from '../../../../shared/domain/facility';
import { formFieldOf, requiredPlaces, toFacilityInput, toFormValues, type FacilityFormValues } from './facility-form';

const values = (over: Partial<FacilityFormValues> = {}): FacilityFormValues => ({
  ...toFormValues(null),
  name: ' 勐仑镇卫生院 ',
  code: ' THC-01 ',
  level: 'township_health_center',
  province: '云南省',
  prefecture: '西双版纳州',
  county: '勐腊县',
  township: ' 勐仑镇 ',
  village: '曼纳伞村',
  ...over,
});

describe('facility form', () => {
  it('gives the core trimmed text, without empty fields or places the level does not have', () => {
    const input = toFacilityInput({ ...values(), level: 'township_health_center', beds: 20, flags: ['poorCounty'] });
    expect(input).toEqual({
      code: 'THC-01',
      name: '勐仑镇卫生院',
      level: 'township_health_center',
      adminPath: { province: '云南省', prefecture: '西双版纳州', county: '勐腊县', township: '勐仑镇' },
      beds: 20,
      flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: true },
    });
    expect(FacilityInputSchema.safeParse(input).success).toBe(true);
  });

  it('keeps zero counts and the variant', () => {
    const input = toFacilityInput({
      ...values({ level: 'village_clinic' }),
      level: 'village_clinic',
      servicePopulation: 0,
      variant: 'vc-yunnan',
    });
    expect(input).toMatchObject({ servicePopulation: 0, variant: 'vc-yunnan', adminPath: { village: '曼纳伞村' } });
    expect(FacilityInputSchema.safeParse(input).success).toBe(true);
  });

  it('a missing village is left for the core to refuse by name', () => {
    const input = toFacilityInput({ ...values({ village: '  ' }), level: 'village_clinic' });
    const parsed = FacilityInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => formFieldOf(issue.path.join('.')))).toEqual(['village']);
  });

  it('round-trips a stored facility through the form', () => {
    const stored: Facility = {
      id: 'f1',
      ...toFacilityInput({
        ...values(),
        level: 'township_health_center',
        servicePopulation: 9000,
        flags: ['townshipSeat'],
      }),
      createdAt: '',
      updatedAt: '',
    };
    const again = toFormValues(stored);
    expect(again.level).toBe('township_health_center');
    expect(toFacilityInput({ ...again, level: 'township_health_center' })).toEqual(
      toFacilityInput({
        ...values(),
        level: 'township_health_center',
        servicePopulation: 9000,
        flags: ['townshipSeat'],
      }),
    );
  });

  it('knows which places each level must name', () => {
    expect(requiredPlaces('county_hospital')).toEqual(['province', 'prefecture', 'county']);
    expect(requiredPlaces('village_clinic')).toContain('village');
  });

  it('maps core validation paths to form fields', () => {
    expect(formFieldOf('adminPath.township')).toBe('township');
    expect(formFieldOf('flags.poorCounty')).toBe('flags');
    expect(formFieldOf('code')).toBe('code');
    expect(formFieldOf('(root)')).toBeNull();
  });
});
