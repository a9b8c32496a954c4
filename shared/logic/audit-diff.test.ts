import { describe, expect, it } from 'vitest';
import { diffAudits, diffRows } from './audit-diff';
import { AUDIT_DOCUMENT_FORMAT, type AuditDocument } from './audit-document';

const base = (): AuditDocument => ({
  format: AUDIT_DOCUMENT_FORMAT,
  audit: {
    id: 'r1',
    revision: 1,
    previousId: null,
    kind: 'on_site_inspection',
    announced: true,
    status: 'completed',
    auditDate: '2025-03-04',
    completedAt: '2025-03-04T04:00:00.000Z',
    team: [{ name: '李文华', role: 'leader' }],
    facts: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: false },
  },
  facility: {
    code: 'VC-1',
    name: '曼纳伞村卫生室',
    level: 'village_clinic',
    adminPath: { province: '云南省', prefecture: '西双版纳州', county: '勐腊县' },
    flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: false },
  },
  standard: { key: 'vc@1', id: 'vc', version: '1', variant: null, sha256: 'b'.repeat(64), drugCatalog: null },
  answers: [
    { criterionId: 'C-1', value: true, answeredAt: '2025-03-04T01:00:00.000Z' },
    { criterionId: 'C-2', value: 3, answeredAt: '2025-03-04T01:00:00.000Z' },
  ],
  rosters: {
    staff: [
      { id: 's1', name: '岩温', qualification: 'village_doctor', licenseNo: '53010001', verified: true },
      { id: 's2', name: '岩温', qualification: 'registered_nurse', verified: false },
    ],
    equipment: [{ id: 'e1', catalogCode: 'EQ-BP', present: true, working: true, count: 1 }],
    drugs: [{ id: 'd1', catalogCode: 'D1', genericName: '阿莫西林', inStock: true, quantity: 10 }],
  },
  findings: [
    {
      id: 'f1',
      criterionId: 'C-1',
      description: '标识缺失',
      correctiveAction: null,
      responsible: null,
      deadline: null,
    },
  ],
  evidence: [
    {
      id: 'v1',
      sha256: 'c'.repeat(64),
      fileName: '门口.jpg',
      mimeType: 'image/jpeg',
      size: 10,
      criterionId: null,
      findingId: 'f1',
    },
  ],
  score: {
    verdict: 'pass',
    total: { earned: 3, possible: 3, score: 100 },
    complete: true,
    progress: { answered: 2, applicable: 2 },
    blockingFailures: [],
    sections: [{ sectionId: 's', earned: 3, possible: 3, score: 100, answered: 2, applicable: 2 }],
    criteria: [
      { criterionId: 'C-1', status: 'pass', earned: 2 },
      { criterionId: 'C-2', status: 'pass', earned: 1 },
    ],
  },
});

/** The same content as a next revision holds it: new row ids, new timestamps on re-saved answers. */
function revisionOf(doc: AuditDocument): AuditDocument {
  const next = structuredClone(doc);
  next.audit = {
    ...next.audit,
    id: 'r2',
    revision: 2,
    previousId: doc.audit.id,
    status: 'in_progress',
    completedAt: null,
  };
  next.rosters.staff = next.rosters.staff.map((s, i) => ({ ...s, id: `n-s${i}` }));
  next.rosters.equipment = next.rosters.equipment.map((e, i) => ({ ...e, id: `n-e${i}` }));
  next.rosters.drugs = next.rosters.drugs.map((d, i) => ({ ...d, id: `n-d${i}` }));
  next.findings = next.findings.map((f, i) => ({ ...f, id: `n-f${i}` }));
  next.evidence = next.evidence.map((e, i) => ({ ...e, id: `n-v${i}`, findingId: e.findingId ? 'n-f0' : null }));
  return next;
}

describe('diffAudits', () => {
  it('finds nothing between an audit and its fresh revision (new ids, same content)', () => {
    const before = base();
    const diff = diffAudits(before, revisionOf(before));
    expect(diff.empty).toBe(true);
    expect(diff.criteria).toEqual([]);
  });

  it('lists a changed answer with its old and new result, not a re-save of the same value', () => {
    const before = base();
    const after = revisionOf(before);
    after.answers = [
      { criterionId: 'C-1', value: false, note: '门口无标识', answeredAt: '2025-05-01T00:00:00.000Z' },
      { criterionId: 'C-2', value: 3, answeredAt: '2025-05-01T00:00:00.000Z' },
    ];
    after.score.criteria = [
      { criterionId: 'C-1', status: 'fail', earned: 0 },
      { criterionId: 'C-2', status: 'pass', earned: 1 },
    ];
    after.score.verdict = 'fail';
    after.score.total = { earned: 1, possible: 3, score: 33.3 };
    const diff = diffAudits(before, after);
    expect(diff.criteria).toEqual([
      {
        criterionId: 'C-1',
        before: { value: true },
        after: { value: false, note: '门口无标识' },
        resultBefore: 'pass',
        resultAfter: 'fail',
      },
    ]);
    expect(diff.score).toEqual({
      verdictBefore: 'pass',
      verdictAfter: 'fail',
      scoreBefore: 100,
      scoreAfter: 33.3,
      changed: true,
    });
    expect(diff.empty).toBe(false);
  });

  it('matches roster rows by content, then by name or code, so edits read as changes', () => {
    const before = base();
    const after = revisionOf(before);
    after.rosters.staff = [
      { id: 'x1', name: '岩温', qualification: 'registered_nurse', verified: true },
      { id: 'x2', name: '岩温', qualification: 'village_doctor', licenseNo: '53010001', verified: true },
      { id: 'x3', name: '玉香', qualification: 'pharmacist', verified: false },
    ];
    after.rosters.drugs = [{ id: 'x4', catalogCode: 'D1', genericName: '阿莫西林', inStock: false, quantity: 0 }];
    after.rosters.equipment = [];
    const diff = diffAudits(before, after);
    expect(diff.staff.added.map((s) => s.name)).toEqual(['玉香']);
    expect(diff.staff.removed).toEqual([]);
    expect(diff.staff.changed.map((c) => c.fields)).toEqual([['verified']]);
    expect(diff.drugs.changed.map((c) => c.fields)).toEqual([['inStock', 'quantity']]);
    expect(diff.equipment.removed.map((e) => e.catalogCode)).toEqual(['EQ-BP']);
  });

  it('reports findings and evidence by what they say, and audit details that differ', () => {
    const before = base();
    const after = revisionOf(before);
    after.findings = [
      { ...after.findings[0]!, deadline: '2025-06-30' },
      {
        id: 'n-f9',
        criterionId: 'C-2',
        description: '台账不全',
        correctiveAction: null,
        responsible: null,
        deadline: null,
      },
    ];
    after.evidence.push({ ...after.evidence[0]!, id: 'n-v9', sha256: 'd'.repeat(64), fileName: '台账.jpg' });
    after.audit.team = [...after.audit.team, { name: '王芳', role: 'inspector' }];
    const diff = diffAudits(before, after);
    expect(diff.findings.changed.map((c) => c.fields)).toEqual([['deadline']]);
    expect(diff.findings.added.map((f) => f.description)).toEqual(['台账不全']);
    expect(diff.evidence.added.map((e) => e.fileName)).toEqual(['台账.jpg']);
    expect(diff.evidence.removed).toEqual([]);
    expect(diff.fields).toEqual(['team']);
  });
});

describe('diffRows', () => {
  it('pairs duplicate keys in order and leaves the rest added or removed', () => {
    const rows = diffRows(
      [
        { id: '1', k: 'a', v: 1 },
        { id: '2', k: 'a', v: 2 },
        { id: '3', k: 'b', v: 3 },
      ],
      [
        { id: '4', k: 'a', v: 2 },
        { id: '5', k: 'a', v: 5 },
        { id: '6', k: 'c', v: 6 },
      ],
      (r) => r.k,
    );
    expect(rows.changed.map((c) => [c.before.v, c.after.v])).toEqual([[1, 5]]);
    expect(rows.removed.map((r) => r.v)).toEqual([3]);
    expect(rows.added.map((r) => r.v)).toEqual([6]);
  });
});
