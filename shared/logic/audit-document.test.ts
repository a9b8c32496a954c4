import { describe, expect, it } from 'vitest';
import type { Facility } from '../domain/facility';
import type { AuditRecord } from '../ipc/contracts/audits';
import type { Evidence } from '../ipc/contracts/evidence';
import type { Finding } from '../ipc/contracts/findings';
import { AuditDocumentSchema, buildAuditDocument, type AuditDocumentInput } from './audit-document';
import { canonicalJson } from './canonical-json';
import type { ScoreResult } from './score-result';

const audit: AuditRecord = {
  id: 'a1',
  revision: 1,
  previousId: null,
  facilityId: 'local-row-17',
  standardKey: 'vc@1',
  kind: 'on_site_inspection',
  announced: false,
  status: 'completed',
  team: [{ name: '李文华', role: 'leader' }],
  facts: {
    servicePopulation: 1200,
    ivServiceApproved: false,
    townshipSeat: false,
    sharedClinic: false,
    poorCounty: true,
  },
  auditDate: '2025-03-04',
  createdAt: '2025-03-04T01:00:00.000Z',
  updatedAt: '2025-03-04T05:00:00.000Z',
  completedAt: '2025-03-04T04:00:00.000Z',
};

const facility: Facility = {
  id: 'local-row-17',
  code: 'VC-1',
  name: '曼纳伞村卫生室',
  level: 'village_clinic',
  adminPath: {
    province: '云南省',
    prefecture: '西双版纳州',
    county: '勐腊县',
    township: '勐仑镇',
    village: '曼纳伞村',
  },
  servicePopulation: 1200,
  flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: true },
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const finding = (id: string, criterionId: string): Finding => ({
  id,
  auditId: 'a1',
  criterionId,
  description: `问题 ${id}`,
  correctiveAction: null,
  responsible: '王芳',
  deadline: '2025-06-30',
  status: 'open',
  closedByAuditId: null,
  createdAt: '2025-03-04T02:00:00.000Z',
  updatedAt: '2025-03-04T02:00:00.000Z',
});

const evidence = (id: string): Evidence => ({
  id,
  auditId: 'a1',
  criterionId: 'C-1',
  findingId: null,
  fileName: `${id}.jpg`,
  mimeType: 'image/jpeg',
  size: 100,
  sha256: id.repeat(64).slice(0, 64),
  createdAt: '2025-03-04T03:00:00.000Z',
});

const score: ScoreResult = {
  criteria: [
    { criterionId: 'C-1', sectionId: 's', status: 'pass', blocking: true, weight: 2, earned: 2, reason: { key: 'x' } },
    { criterionId: 'C-2', sectionId: 's', status: 'fail', blocking: false, weight: 1, earned: 0, reason: { key: 'y' } },
  ],
  sections: [{ sectionId: 's', earned: 2, possible: 3, score: 66.7, answered: 2, applicable: 2 }],
  total: { earned: 2, possible: 3, score: 66.7 },
  blockingFailures: [],
  verdict: 'fail',
  verdictReasons: [{ key: 'verdict.reason_score' }],
  complete: true,
  progress: { answered: 2, applicable: 2 },
  gaps: { staff: [], equipment: [], drugs: [], other: [{ criterionId: 'C-2' }] },
};

const input = (): AuditDocumentInput => ({
  audit,
  facility,
  standard: { key: 'vc@1', id: 'vc', version: '1', variant: null, sha256: 'b'.repeat(64), drugCatalog: null },
  answers: [
    { criterionId: 'C-2', value: false, note: undefined, answeredAt: '2025-03-04T02:00:00.000Z' },
    { criterionId: 'C-1', value: true, answeredAt: '2025-03-04T01:30:00.000Z' },
  ],
  rosters: {
    staff: [
      { id: 's2', name: '岩温', qualification: 'village_doctor', licenseNo: '5301', verified: true },
      { id: 's1', name: '玉香', qualification: 'registered_nurse', verified: false },
    ],
    equipment: [{ id: 'e1', catalogCode: 'EQ-BP', present: true, working: true, count: 1 }],
    drugs: [{ id: 'd1', genericName: '阿莫西林', inStock: true }],
  },
  findings: [finding('f2', 'C-2'), finding('f1', 'C-1')],
  evidence: [evidence('e'), evidence('c')],
  score,
});

describe('buildAuditDocument', () => {
  it('gives the same canonical JSON whatever order the rows come in', () => {
    const a = input();
    const b = input();
    b.answers = [...b.answers].reverse();
    b.rosters = { ...b.rosters, staff: [...b.rosters.staff].reverse() };
    b.findings = [...b.findings].reverse();
    b.evidence = [...b.evidence].reverse();
    expect(canonicalJson(buildAuditDocument(b))).toBe(canonicalJson(buildAuditDocument(a)));
  });

  it('holds the content of the audit and nothing local or moving', () => {
    const doc = buildAuditDocument(input());
    expect(AuditDocumentSchema.parse(JSON.parse(canonicalJson(doc)))).toEqual(doc);
    expect(doc.answers.map((a) => a.criterionId)).toEqual(['C-1', 'C-2']);
    expect(doc.answers[1]).not.toHaveProperty('note');
    expect(doc.rosters.staff.map((s) => s.id)).toEqual(['s1', 's2']);
    const text = canonicalJson(doc);
    // The facility's local row id, the audit's edit times and a finding's follow-up status change
    // without the audit's content changing.
    for (const moving of ['local-row-17', '2025-03-04T05:00:00.000Z', '"open"', 'closedByAuditId', 'updatedAt']) {
      expect(text).not.toContain(moving);
    }
    expect(doc.facility.code).toBe('VC-1');
    expect(doc.score.criteria).toEqual([
      { criterionId: 'C-1', status: 'pass', earned: 2 },
      { criterionId: 'C-2', status: 'fail', earned: 0 },
    ]);
  });

  it('reads the same from completion through signing and export, and differently once reopened', () => {
    const completed = canonicalJson(buildAuditDocument(input()));
    for (const status of ['signed', 'exported'] as const) {
      expect(canonicalJson(buildAuditDocument({ ...input(), audit: { ...audit, status } }))).toBe(completed);
    }
    const reopened = buildAuditDocument({ ...input(), audit: { ...audit, status: 'in_progress', completedAt: null } });
    expect(canonicalJson(reopened)).not.toBe(completed);
    expect(reopened.audit.status).toBe('in_progress');
  });
});
