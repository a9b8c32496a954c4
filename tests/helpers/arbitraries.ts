import fc from 'fast-check';
import type { Answer, AuditFacts, Rosters } from '../../shared/domain/audit';
import { STAFF_QUALIFICATIONS, type Criterion, type Standard } from '../../shared/domain/standard';
import { isRosterDerived } from '../../shared/logic/evaluate-criterion';

const AT = '2026-01-01T00:00:00.000Z';

/** A value of the right shape for the criterion, or nothing, or "not applicable" with a reason. */
export function arbAnswer(criterion: Criterion): fc.Arbitrary<Answer | undefined> {
  const na = fc.constant<Answer>({
    criterionId: criterion.id,
    value: null,
    notApplicableReason: '不适用原因',
    answeredAt: AT,
  });
  const none = fc.constant(undefined);
  if (isRosterDerived(criterion)) return fc.oneof({ weight: 9, arbitrary: none }, { weight: 1, arbitrary: na });
  const value = valueFor(criterion).map<Answer>((v) => ({ criterionId: criterion.id, value: v, answeredAt: AT }));
  return fc.oneof({ weight: 2, arbitrary: none }, { weight: 1, arbitrary: na }, { weight: 7, arbitrary: value });
}

function valueFor(criterion: Criterion): fc.Arbitrary<Answer['value']> {
  switch (criterion.kind) {
    case 'yes_no':
      return fc.boolean();
    case 'number':
    case 'area':
      return fc.integer({ min: 0, max: 500 });
    case 'text':
      return fc.constantFrom('', '已核查', 'checked');
    case 'grade':
      return fc.constantFrom('A', 'B', 'C', 'none');
    case 'list_coverage':
      return fc.subarray(criterion.items.map((i) => i.id));
    case 'roster_count':
    case 'drug_coverage':
      return fc.constant(null);
  }
}

export function arbAnswers(standard: Standard): fc.Arbitrary<Answer[]> {
  const criteria = standard.sections.flatMap((s) => s.criteria);
  return fc.tuple(...criteria.map(arbAnswer)).map((answers) => answers.filter((a): a is Answer => a !== undefined));
}

export function arbRosters(opts: { equipmentCodes: string[]; drugCodes: string[] }): fc.Arbitrary<Rosters> {
  const staff = fc.array(
    fc.record({
      id: fc.uuid(),
      name: fc.constantFrom('张三', '李四', '王五'),
      qualification: fc.constantFrom(...STAFF_QUALIFICATIONS),
      verified: fc.boolean(),
      department: fc.constantFrom(undefined, 'internal_medicine', 'surgery'),
    }),
    { maxLength: 8 },
  );
  const equipment = fc.array(
    fc.record({
      id: fc.uuid(),
      catalogCode: opts.equipmentCodes.length ? fc.constantFrom(...opts.equipmentCodes) : fc.constant('none'),
      present: fc.boolean(),
      working: fc.boolean(),
      count: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 20 },
  );
  const drugs = fc.array(
    fc.record({
      id: fc.uuid(),
      catalogCode: opts.drugCodes.length ? fc.constantFrom(...opts.drugCodes) : fc.constant(undefined),
      genericName: fc.constantFrom('阿莫西林', '布洛芬', '甲硝唑', '二甲双胍', '硝苯地平'),
      inStock: fc.boolean(),
    }),
    { maxLength: 30 },
  );
  return fc.record({ staff, equipment, drugs }).map((r) => ({
    staff: r.staff.map(({ department, ...s }) => (department ? { ...s, department } : s)),
    equipment: r.equipment,
    drugs: r.drugs.map(({ catalogCode, ...d }) => (catalogCode ? { ...d, catalogCode } : d)),
  }));
}

export const arbFacts: fc.Arbitrary<AuditFacts> = fc.record(
  {
    servicePopulation: fc.integer({ min: 0, max: 200_000 }),
    residentPopulation: fc.integer({ min: 0, max: 200_000 }),
    beds: fc.integer({ min: 0, max: 600 }),
    ivServiceApproved: fc.boolean(),
    townshipSeat: fc.boolean(),
    sharedClinic: fc.boolean(),
    poorCounty: fc.boolean(),
  },
  { requiredKeys: ['ivServiceApproved', 'townshipSeat', 'sharedClinic', 'poorCounty'] },
);
