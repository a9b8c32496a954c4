import { describe, expect, it } from 'vitest';
import type { AuditSummary } from '../../../../shared/domain/audit';
import type { Facility } from '../../../../shared/domain/facility';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';
import {
  LAST_STEP,
  basisOptions,
  createAuditInput,
  defaultStandardKey,
  firstIncompleteStep,
  localIsoDate,
  stepProblems,
  verificationInput,
  type WizardDraft,
} from './wizard-logic';

const t = (s: string) => ({ 'zh-CN': s, 'en-US': s });
const standard = (id: string, version: string, variant: string | null, builtin = true): StandardSummary => ({
  key: `${id}@${version}${variant ? `+${variant}` : ''}`,
  id,
  version,
  variant,
  level: 'village_clinic',
  title: t(id),
  criteria: 10,
  blocking: 1,
  builtin,
});

const facility = (over: Partial<Facility> = {}): Facility => ({
  id: 'f1',
  code: 'VC-1',
  name: '凉水村卫生室',
  level: 'village_clinic',
  adminPath: { province: '云南省', prefecture: '西双版纳州', county: '勐腊县', township: '勐仑镇', village: '凉水村' },
  flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: true },
  createdAt: '',
  updatedAt: '',
  ...over,
});

const complete: WizardDraft = {
  facility: facility(),
  standardKey: 'vc@2026.1',
  kind: 'on_site_inspection',
  announced: false,
  auditDate: '2025-07-01',
  team: [
    { rowId: 1, name: ' 李明 ', role: 'leader', organisation: ' 县卫健局 ' },
    { rowId: 2, name: '王芳', role: 'recorder', organisation: '  ' },
  ],
  basisId: null,
};

describe('defaultStandardKey', () => {
  const standards = [
    standard('vc', '2025.9', null),
    standard('vc', '2026.1', null),
    standard('vc', '2026.1', 'vc-yunnan'),
    standard('vc', '2025.9', 'vc-tianjin'),
    standard('vc-custom', '9', null, false),
  ];

  it('chooses the newest built-in national standard, numeric-aware', () => {
    expect(defaultStandardKey(standards, facility())).toBe('vc@2026.1');
    expect(defaultStandardKey([standard('vc', '2026.10', null), standard('vc', '2026.9', null)], facility())).toBe(
      'vc@2026.10',
    );
  });

  it("adds the facility's provincial variant when that standard has it", () => {
    expect(defaultStandardKey(standards, facility({ variant: 'vc-yunnan' }))).toBe('vc@2026.1+vc-yunnan');
    // Tianjin exists only for the older version: the newest national standard wins.
    expect(defaultStandardKey(standards, facility({ variant: 'vc-tianjin' }))).toBe('vc@2026.1');
  });

  it('falls back to any standard of the level, or none', () => {
    expect(defaultStandardKey([standard('vc-custom', '9', null, false)], facility())).toBe('vc-custom@9');
    expect(defaultStandardKey([], facility())).toBeNull();
    expect(defaultStandardKey(standards, facility({ level: 'county_hospital' }))).toBeNull();
  });
});

describe('wizard steps', () => {
  const empty: WizardDraft = {
    facility: null,
    standardKey: null,
    kind: null,
    announced: true,
    auditDate: '',
    team: [],
    basisId: null,
  };

  it('names what is missing on each step', () => {
    expect(stepProblems(empty, 0)).toEqual(['ui.wizard.need_facility']);
    expect(stepProblems(empty, 1)).toEqual(['ui.wizard.need_standard']);
    expect(stepProblems(empty, 2)).toEqual(['ui.wizard.need_kind', 'ui.wizard.need_date']);
    expect(stepProblems({ ...complete, auditDate: '2025-02-30x' }, 2)).toEqual(['ui.wizard.need_date']);
    expect(
      stepProblems({ ...complete, team: [{ rowId: 1, name: '  ', role: 'leader', organisation: '' }] }, 3),
    ).toEqual(['ui.wizard.member_name_missing']);
    expect(stepProblems(complete, LAST_STEP)).toEqual([]);
  });

  it('an empty team is allowed', () => {
    expect(stepProblems({ ...complete, team: [] }, 3)).toEqual([]);
  });

  it('finds the first incomplete step', () => {
    expect(firstIncompleteStep(empty)).toBe(0);
    expect(firstIncompleteStep({ ...complete, kind: null })).toBe(2);
    expect(firstIncompleteStep(complete)).toBe(LAST_STEP);
  });

  it('builds the contract input only when complete, trimmed and without empty organisations', () => {
    expect(createAuditInput({ ...complete, standardKey: null })).toBeNull();
    expect(createAuditInput(complete)).toEqual({
      facilityId: 'f1',
      standardKey: 'vc@2026.1',
      kind: 'on_site_inspection',
      announced: false,
      auditDate: '2025-07-01',
      team: [
        { name: '李明', role: 'leader', organisation: '县卫健局' },
        { name: '王芳', role: 'recorder' },
      ],
    });
  });

  it('starts an inspection from a finished self-assessment of the same standard, and only an inspection', () => {
    const summary = (over: Partial<AuditSummary>): AuditSummary => ({
      id: 'a',
      revision: 1,
      facilityId: 'f1',
      facilityName: '凉水村卫生室',
      facilityCode: 'VC-1',
      level: 'village_clinic',
      standardKey: 'vc@2026.1',
      kind: 'self_assessment',
      announced: true,
      status: 'completed',
      auditDate: '2025-03-01',
      verdict: 'pass',
      score: 90,
      complete: true,
      answered: 10,
      applicable: 10,
      createdAt: '',
      updatedAt: '',
      ...over,
    });
    const audits = [
      summary({ id: 'old', auditDate: '2024-03-01', status: 'exported' }),
      summary({ id: 'new' }),
      summary({ id: 'draft', status: 'in_progress' }),
      summary({ id: 'other-standard', standardKey: 'vc@2019' }),
      summary({ id: 'inspection', kind: 'on_site_inspection' }),
    ];
    expect(basisOptions(audits, 'vc@2026.1').map((a) => a.id)).toEqual(['new', 'old']);

    expect(verificationInput(complete)).toBeNull();
    expect(verificationInput({ ...complete, basisId: 'new' })).toEqual({
      basisId: 'new',
      kind: 'on_site_inspection',
      announced: false,
      auditDate: '2025-07-01',
      team: [
        { name: '李明', role: 'leader', organisation: '县卫健局' },
        { name: '王芳', role: 'recorder' },
      ],
    });
    expect(verificationInput({ ...complete, kind: 'follow_up', basisId: 'new' })).toBeNull();
  });

  it("uses the computer's local date, not UTC", () => {
    expect(localIsoDate(new Date(2025, 0, 5, 0, 30))).toBe('2025-01-05');
    expect(localIsoDate(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
  });
});
