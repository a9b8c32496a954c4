import { describe, expect, it } from 'vitest';
import { AUDIT_STATUSES, type AuditFacts } from '../domain/audit';
import { fixtureStandard } from '../../tests/helpers/fixture-standard';
import { assertTransition, canTransition, completionProblems, isLockedStatus } from './audit-state';

const facts: AuditFacts = {
  servicePopulation: 900,
  residentPopulation: 900,
  ivServiceApproved: false,
  townshipSeat: false,
  sharedClinic: false,
  poorCounty: false,
};
const empty = { staff: [], equipment: [], drugs: [] };

describe('audit state machine', () => {
  it('allows only the documented forward steps and reopening before signing', () => {
    const allowed = AUDIT_STATUSES.flatMap((from) =>
      AUDIT_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed).toEqual([
      'draft->in_progress',
      'draft->completed',
      'in_progress->completed',
      'completed->in_progress',
      'completed->signed',
      'signed->exported',
    ]);
    expect(() => assertTransition('signed', 'in_progress')).toThrow(/signed/);
    expect(isLockedStatus('signed')).toBe(true);
    expect(isLockedStatus('completed')).toBe(false);
  });

  it('lists unanswered criteria but not optional text or not-applicable ones', () => {
    const problems = completionProblems(
      fixtureStandard,
      [{ criterionId: 'M-YN', value: null, notApplicableReason: '无', answeredAt: 'x' }],
      empty,
      facts,
    );
    const ids = problems.map((p) => p.criterionId);
    expect(ids).toEqual(['F-AREA', 'M-NUM', 'M-ROOMS', 'M-GRADE']);
    expect(problems.every((p) => p.problem === 'unanswered')).toBe(true);
  });
});
