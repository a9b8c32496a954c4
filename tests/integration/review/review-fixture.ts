import { call } from '../../../electron/core/dispatch';
import type { FacilityInput } from '../../../shared/domain/facility';
import type { HandlerTable } from '../../../electron/core/handlers';
import { openTestCore, type TestCore } from '../../helpers/test-core';

/**
 * A hand-computed province for the review tests (the expected figures are written out in
 * review-summary.test.ts). Village clinics use the fixture standard with the area criterion not
 * applicable (500 residents), so 10 points are possible: M-YN 2, M-NUM 1, M-ROOMS 2, M-EQ 2,
 * M-DRUG 2, M-GRADE 1; F-DOC (a qualified doctor) is blocking. Township centers use the fixture
 * township standard: one yes/no criterion, pass or fail.
 */
export type VillageFailure = 'M-YN' | 'M-NUM' | 'M-ROOMS' | 'M-EQ' | 'M-DRUG' | 'M-GRADE' | 'F-DOC';

export interface FindingPlan {
  criterionId: string;
  deadline: string;
}

export const AS_OF = '2024-06-30';

const village = (
  code: string,
  path: [string, string, string, string],
  name: string,
  over: Partial<FacilityInput> = {},
): FacilityInput => ({
  code,
  name: `${name}卫生室`,
  level: 'village_clinic',
  adminPath: { province: path[0], prefecture: path[1], county: path[2], township: path[3], village: name },
  servicePopulation: 1000,
  residentPopulation: 500,
  flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: true },
  ...over,
});

const center = (code: string, path: [string, string, string, string]): FacilityInput => ({
  code,
  name: `${path[3]}卫生院`,
  level: 'township_health_center',
  adminPath: { province: path[0], prefecture: path[1], county: path[2], township: path[3] },
  flags: { ivServiceApproved: false, townshipSeat: true, sharedClinic: false, poorCounty: true },
});

const YN = ['云南省', '甲州', '甲一县'] as const;
const CG: [string, string, string, string] = [...YN, '城关镇'];
const HK: [string, string, string, string] = [...YN, '河口镇'];
const SQ: [string, string, string, string] = ['云南省', '甲州', '甲二县', '山前乡'];
const SH: [string, string, string, string] = ['云南省', '甲州', '甲二县', '山后乡'];
const JB: [string, string, string, string] = ['云南省', '乙州', '乙一县', '江边镇'];
const JN: [string, string, string, string] = ['云南省', '乙州', '乙一县', '江北镇'];
const BZ: [string, string, string, string] = ['贵州省', '丙州', '丙一县', '丙镇'];

/** Every facility of the fixture by its short name. */
export const FACILITIES = {
  T1: center('THC-01', CG),
  T2: center('THC-02', HK),
  T3: center('THC-03', SH),
  T4: center('THC-04', JB),
  T5: center('THC-05', JN),
  V1: village('VC-01', CG, '城关一村'),
  V2: village('VC-02', CG, '城关二村'),
  V3: village('VC-03', CG, '城关三村'),
  V4: village('VC-04', HK, '河口一村'),
  V5: village('VC-05', HK, '河口二村'),
  V6: village('VC-06', SQ, '山前一村'),
  V7: village('VC-07', SQ, '山前二村'),
  V8: village('VC-08', SH, '山后一村'),
  V9: village('VC-09', JB, '江边一村'),
  V10: village('VC-10', JB, '江边二村'),
  V11: village('VC-11', JN, '江北一村'),
  V12: village('VC-12', JN, '江北二村'),
  V13: village('VC-13', BZ, '丙一村'),
  H1: {
    code: 'CH-01',
    name: '甲一县人民医院',
    level: 'county_hospital',
    adminPath: { province: '云南省', prefecture: '甲州', county: '甲一县' },
    flags: { ivServiceApproved: true, townshipSeat: false, sharedClinic: false, poorCounty: true },
  },
} satisfies Record<string, FacilityInput>;
export type FacilityName = keyof typeof FACILITIES;

async function addFindings(handlers: HandlerTable, auditId: string, findings: readonly FindingPlan[]) {
  for (const f of findings) {
    await call(handlers, 'createFinding', {
      auditId,
      criterionId: f.criterionId,
      description: '问题',
      deadline: f.deadline,
    });
  }
}

/** Answers and rosters of a village audit that fails exactly `fails`. */
export async function answerVillage(handlers: HandlerTable, auditId: string, fails: readonly VillageFailure[]) {
  const failing = new Set(fails);
  const answers: [string, boolean | number | string[] | string][] = [
    ['M-YN', !failing.has('M-YN')],
    ['M-NUM', failing.has('M-NUM') ? 0 : 2],
    ['M-ROOMS', failing.has('M-ROOMS') ? ['consult'] : ['consult', 'treat', 'pharmacy']],
    ['M-GRADE', failing.has('M-GRADE') ? 'C' : 'A'],
  ];
  for (const [criterionId, value] of answers) await call(handlers, 'saveAnswer', { auditId, criterionId, value });
  const { rosters } = await call(handlers, 'getAudit', { id: auditId });
  if (!failing.has('F-DOC') && rosters.staff.length === 0) {
    await call(handlers, 'saveStaff', { auditId, name: '王医生', qualification: 'village_doctor', verified: true });
  }
  if (rosters.equipment.length === 0) {
    for (const code of failing.has('M-EQ') ? ['EQ-BP'] : ['EQ-BP', 'EQ-STETH']) {
      await call(handlers, 'saveEquipment', { auditId, catalogCode: code, present: true, working: true });
    }
  }
  if (rosters.drugs.length === 0) {
    for (const code of failing.has('M-DRUG') ? ['D1'] : ['D1', 'D2', 'D3']) {
      await call(handlers, 'saveDrug', { auditId, catalogCode: code, genericName: `药品${code}`, inStock: true });
    }
  }
}

export interface ReviewFixture extends TestCore {
  ids: Record<FacilityName, string>;
  audits: Record<string, string>;
}

export async function openReviewFixture(root: string): Promise<ReviewFixture> {
  const tc = openTestCore(root);
  const { handlers } = tc;
  const ids = {} as Record<FacilityName, string>;
  for (const [name, input] of Object.entries(FACILITIES) as [FacilityName, FacilityInput][]) {
    ids[name] = (await call(handlers, 'createFacility', input)).id;
  }
  const audits: Record<string, string> = {};
  const village = async (
    key: string,
    name: FacilityName,
    date: string,
    fails: VillageFailure[],
    findings: FindingPlan[] = [],
  ) => {
    const audit = await call(handlers, 'createAudit', {
      facilityId: ids[name],
      kind: 'on_site_inspection',
      auditDate: date,
    });
    await answerVillage(handlers, audit.id, fails);
    await addFindings(handlers, audit.id, findings);
    await call(handlers, 'setStatus', { id: audit.id, status: 'completed' });
    audits[key] = audit.id;
    return audit.id;
  };
  const township = async (
    key: string,
    name: FacilityName,
    date: string,
    pass: boolean,
    findings: FindingPlan[] = [],
  ) => {
    const audit = await call(handlers, 'createAudit', {
      facilityId: ids[name],
      kind: 'on_site_inspection',
      auditDate: date,
    });
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'T-YN', value: pass });
    await addFindings(handlers, audit.id, findings);
    await call(handlers, 'setStatus', { id: audit.id, status: 'completed' });
    audits[key] = audit.id;
  };

  await township('T1', 'T1', '2024-05-10', true);
  await township('T2', 'T2', '2024-05-12', false, [{ criterionId: 'T-YN', deadline: '2024-06-15' }]);
  await township('T3', 'T3', '2024-06-02', true);
  await township('T4', 'T4', '2024-06-05', true);

  await village('V1', 'V1', '2024-05-10', []);
  await village('V2', 'V2', '2024-05-11', ['M-YN', 'M-NUM'], [{ criterionId: 'M-YN', deadline: '2024-07-31' }]);
  await village('V3', 'V3', '2024-05-11', ['F-DOC']);
  // V4: revision 1 fails and is signed; revision 2 corrects it and passes (rev 1 is superseded).
  const v4 = await village('V4.r1', 'V4', '2024-05-15', ['M-YN', 'M-ROOMS']);
  tc.core.audits.setStatus(v4, 'signed');
  const v4r2 = await call(handlers, 'startRevision', { id: v4 });
  await answerVillage(handlers, v4r2.id, []);
  await call(handlers, 'setStatus', { id: v4r2.id, status: 'completed' });
  audits['V4.r2'] = v4r2.id;
  // V5: only a draft, which never counts.
  audits['V5.draft'] = (
    await call(handlers, 'createAudit', { facilityId: ids.V5, kind: 'self_assessment', auditDate: '2024-06-01' })
  ).id;
  await village('V6', 'V6', '2024-06-10', []);
  await village(
    'V7',
    'V7',
    '2024-06-12',
    ['M-YN', 'M-EQ', 'M-DRUG'],
    [{ criterionId: 'M-EQ', deadline: '2024-06-20' }],
  );
  await village('V8', 'V8', '2024-06-15', ['M-YN']);
  // V9: an old failing audit with two findings; the newer one fixes the rooms but not the sign.
  await village(
    'V9.old',
    'V9',
    '2024-01-10',
    ['M-YN', 'M-ROOMS'],
    [
      { criterionId: 'M-YN', deadline: '2024-03-01' },
      { criterionId: 'M-ROOMS', deadline: '2024-03-01' },
    ],
  );
  await village('V9', 'V9', '2024-04-20', ['M-YN']);
  await village('V10.old', 'V10', '2023-12-01', ['F-DOC', 'M-YN'], [{ criterionId: 'M-YN', deadline: '2024-01-31' }]);
  await village('V10', 'V10', '2024-06-20', ['F-DOC', 'M-YN']);
  await village('V11', 'V11', '2024-07-05', []);
  await village('V12', 'V12', '2024-05-20', []);
  await village('V13', 'V13', '2024-05-25', []);
  return { ...tc, ids, audits };
}
