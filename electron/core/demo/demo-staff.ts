import type { StaffMemberInput } from '../../../shared/domain/audit';
import type { Criterion, StaffQualification } from '../../../shared/domain/standard';
import { resolveThreshold } from '../../../shared/logic/facts';
import type { PlanInput } from './audit-plan';
import { licenseNumber, personName } from './demo-people';

type RosterCriterion = Extract<Criterion, { kind: 'roster_count' }>;

/** Support staff a township health center has beyond what any criterion counts. */
const TOWNSHIP_EXTRAS: [StaffQualification, number, number][] = [
  ['licensed_assistant_physician', 2, 5],
  ['registered_nurse', 4, 8],
  ['pharmacist', 1, 2],
  ['medical_technician', 1, 2],
  ['public_health_physician', 1, 1],
];

/**
 * A staff roster meeting every roster criterion (or one short where `failing` says so).
 * Department criteria go first and broad ones last, so the broad counts include the staff
 * the narrow ones already brought in. `noDoctor`: the village clinic whose only village
 * doctor's certificate has lapsed, and a helper without any qualification.
 */
export function planStaff(
  criteria: Criterion[],
  input: PlanInput,
  failing: ReadonlySet<string>,
  noDoctor: boolean,
): StaffMemberInput[] {
  const { rng, standard, facts } = input;
  const staff: StaffMemberInput[] = [];
  const add = (qualification: StaffQualification, department?: string, verified = true) => {
    const licenseNo = licenseNumber(rng, qualification);
    staff.push({
      name: personName(rng),
      qualification,
      verified,
      ...(licenseNo ? { licenseNo } : {}),
      ...(department ? { department } : {}),
    });
  };
  if (noDoctor) {
    add('village_doctor', undefined, false);
    add('other', undefined, false);
    return staff;
  }
  const rosterCriteria = criteria
    .filter((c): c is RosterCriterion => c.kind === 'roster_count')
    .sort(
      (a, b) =>
        Number(!a.eachDepartment) - Number(!b.eachDepartment) || a.qualifications.length - b.qualifications.length,
    );
  for (const c of rosterCriteria) {
    const resolved = resolveThreshold(c.min, standard, facts);
    const min = resolved.ok ? resolved.value : 1;
    const target = failing.has(c.id) ? Math.max(0, min - 1) : min;
    const pick = () => (rng.chance(0.6) ? c.qualifications[0]! : rng.pick(c.qualifications));
    const counts = (s: StaffMemberInput, department?: string) =>
      c.qualifications.includes(s.qualification) &&
      (!c.verifiedOnly || s.verified) &&
      (!department || s.department === department);
    for (const department of c.eachDepartment ?? [undefined]) {
      const have = staff.filter((s) => counts(s, department)).length;
      for (let i = have; i < target; i += 1) add(pick(), department);
    }
  }
  if (standard.level === 'township_health_center') {
    for (const [qualification, min, max] of TOWNSHIP_EXTRAS) {
      for (let i = rng.int(min, max); i > 0; i -= 1) add(qualification);
    }
  }
  return staff;
}
