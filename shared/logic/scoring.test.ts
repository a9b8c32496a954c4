import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AuditFacts, Rosters } from '../domain/audit';
import type { DrugCatalog } from '../domain/catalog';
import { renderMessage } from '../i18n/format';
import { arbAnswers, arbFacts, arbRosters } from '../../tests/helpers/arbitraries';
import { FIXTURE_DRUGS, FIXTURE_EQUIPMENT, fixtureStandard } from '../../tests/helpers/fixture-standard';
import { scoreAudit } from './scoring';

const AT = '2026-01-01T00:00:00.000Z';
const facts: AuditFacts = {
  servicePopulation: 1500,
  residentPopulation: 1200,
  ivServiceApproved: false,
  townshipSeat: false,
  sharedClinic: false,
  poorCounty: true,
};
const drugCatalog: DrugCatalog = {
  format: 'dabiao.drug-catalog/1',
  id: 'fixture-drugs',
  version: '1',
  title: { 'zh-CN': '药', 'en-US': 'Drugs' },
  completeness: { itemsIncluded: 4, note: { 'zh-CN': '测试', 'en-US': 'test' } },
  sources: ['test'],
  items: FIXTURE_DRUGS.map((code, i) => ({
    code,
    genericName: ['阿莫西林', '布洛芬', '甲硝唑', '二甲双胍'][i] ?? code,
    pinyinInitials: 'x',
    category: 'c',
    group: 'chemical' as const,
  })),
};
const answer = (criterionId: string, value: Answer['value'], extra: Partial<Answer> = {}): Answer => ({
  criterionId,
  value,
  answeredAt: AT,
  ...extra,
});
const doctor = { id: 's1', name: '张医生', qualification: 'village_doctor' as const, verified: true };
const fullRosters: Rosters = {
  staff: [doctor],
  equipment: FIXTURE_EQUIPMENT.map((code, i) => ({
    id: `e${i}`,
    catalogCode: code,
    present: true,
    working: true,
    count: 1,
  })),
  drugs: FIXTURE_DRUGS.slice(0, 3).map((code, i) => ({
    id: `d${i}`,
    catalogCode: code,
    genericName: drugCatalog.items[i]?.genericName ?? code,
    inStock: true,
  })),
};
const fullAnswers: Answer[] = [
  answer('F-AREA', 80),
  answer('M-YN', true),
  answer('M-NUM', 2),
  answer('M-ROOMS', ['consult', 'treat', 'pharmacy']),
  answer('M-TEXT', '良好'),
  answer('M-GRADE', 'A'),
];
const score = (answers: Answer[], rosters: Rosters, f: AuditFacts = facts) =>
  scoreAudit({ standard: fixtureStandard, answers, rosters, facts: f, drugCatalog });
const reason = (result: ReturnType<typeof score>, id: string, locale: 'zh-CN' | 'en-US' = 'zh-CN') => {
  const c = result.criteria.find((x) => x.criterionId === id);
  if (!c) throw new Error(`no ${id}`);
  return renderMessage(locale, c.reason as Parameters<typeof renderMessage>[1]);
};

describe('scoreAudit', () => {
  it('an empty optional text does not keep the audit incomplete', () => {
    const r = score(
      fullAnswers.filter((a) => a.criterionId !== 'M-TEXT'),
      fullRosters,
    );
    expect(r.complete).toBe(true);
    expect(r.criteria.find((c) => c.criterionId === 'M-TEXT')?.status).toBe('unanswered');
  });

  it('passes a fully compliant audit with 100 and no gaps', () => {
    const r = score(fullAnswers, fullRosters);
    expect(r.verdict).toBe('pass');
    expect(r.total.score).toBe(100);
    expect(r.complete).toBe(true);
    expect(r.blockingFailures).toEqual([]);
    expect(r.gaps).toEqual({ staff: [], equipment: [], drugs: [], other: [] });
  });

  it('fails on a missing qualified doctor with a reason naming the requirement and the count', () => {
    const r = score(fullAnswers, { ...fullRosters, staff: [{ ...doctor, qualification: 'registered_nurse' }] });
    expect(r.verdict).toBe('fail');
    expect(r.blockingFailures).toEqual(['F-DOC']);
    expect(reason(r, 'F-DOC')).toBe('要求 ≥1 名乡村医生或执业医师或执业助理医师；名册有 0 名');
    expect(reason(r, 'F-DOC', 'en-US')).toBe(
      'requires ≥1 village doctor or licensed physician or licensed assistant physician; roster has 0',
    );
    expect(r.gaps.staff).toEqual([
      {
        criterionId: 'F-DOC',
        qualifications: ['village_doctor', 'licensed_physician', 'licensed_assistant_physician'],
        missing: 1,
      },
    ]);
  });

  it('does not count unverified staff when the criterion asks for verified ones', () => {
    const r = score(fullAnswers, { ...fullRosters, staff: [{ ...doctor, verified: false }] });
    expect(r.blockingFailures).toContain('F-DOC');
  });

  it('treats a condition that is not met as not applicable, and says why', () => {
    const r = score(
      fullAnswers.filter((a) => a.criterionId !== 'F-AREA'),
      fullRosters,
      { ...facts, residentPopulation: 500 },
    );
    const area = r.criteria.find((c) => c.criterionId === 'F-AREA');
    expect(area?.status).toBe('not_applicable');
    expect(reason(r, 'F-AREA')).toBe('不适用：常住人口大于800');
    expect(r.complete).toBe(true);
  });

  it('applies a condition whose fact is unknown (a floor criterion must not slip through)', () => {
    const { residentPopulation: _unknown, ...rest } = facts;
    const r = score(fullAnswers, fullRosters, rest);
    expect(r.criteria.find((c) => c.criterionId === 'F-AREA')?.status).toBe('pass');
  });

  it('resolves ratio thresholds from facts and reports a missing fact instead of guessing', () => {
    const low = score([...fullAnswers.filter((a) => a.criterionId !== 'M-NUM'), answer('M-NUM', 1)], fullRosters);
    expect(low.criteria.find((c) => c.criterionId === 'M-NUM')?.status).toBe('fail');
    expect(reason(low, 'M-NUM')).toBe('要求 ≥2；实际 1 人');
    const { servicePopulation: _s, ...noPop } = facts;
    const unknown = score(fullAnswers, fullRosters, noPop);
    expect(unknown.criteria.find((c) => c.criterionId === 'M-NUM')?.status).toBe('unanswered');
    expect(reason(unknown, 'M-NUM')).toBe('无法判定：尚未记录服务人口');
  });

  it('lists missing rooms and missing working equipment by name', () => {
    const r = score([...fullAnswers.filter((a) => a.criterionId !== 'M-ROOMS'), answer('M-ROOMS', ['consult'])], {
      ...fullRosters,
      equipment: [{ id: 'e', catalogCode: 'EQ-BP', present: true, working: false, count: 1 }],
    });
    expect(reason(r, 'M-ROOMS')).toBe('要求具备 3/3 项；实际 1 项；缺少：治疗室、药房');
    expect(reason(r, 'M-EQ', 'en-US')).toBe('requires 2 of 2 items; 0 present; missing: BP monitor, stethoscope');
    expect(r.gaps.equipment.map((g) => g.equipmentCode)).toEqual(['EQ-BP', 'EQ-STETH']);
    expect(r.gaps.other).toEqual([{ criterionId: 'M-ROOMS' }]);
  });

  it('counts drug varieties by distinct generic name, only essential ones', () => {
    const dup: Rosters = {
      ...fullRosters,
      drugs: [
        { id: 'a', catalogCode: 'D1', genericName: '阿莫西林', inStock: true },
        { id: 'b', catalogCode: 'D1', genericName: '阿莫西林', inStock: true },
        { id: 'c', genericName: '非目录药', inStock: true },
        { id: 'd', catalogCode: 'D2', genericName: '布洛芬', inStock: false },
      ],
    };
    const r = score(fullAnswers, dup);
    expect(reason(r, 'M-DRUG')).toBe('要求基本药物 ≥3 种；实际在库 1 种');
    expect(r.gaps.drugs).toEqual([{ criterionId: 'M-DRUG', missingVarieties: 2 }]);
  });

  it('marks not-applicable answers with their reason and leaves them out of the score', () => {
    const r = score(
      [
        ...fullAnswers.filter((a) => a.criterionId !== 'M-YN'),
        answer('M-YN', null, { notApplicableReason: '无此服务' }),
      ],
      fullRosters,
    );
    expect(r.criteria.find((c) => c.criterionId === 'M-YN')?.status).toBe('not_applicable');
    expect(reason(r, 'M-YN')).toBe('标记为不适用：无此服务');
    expect(r.total.score).toBe(100);
  });

  it('grades: below the minimum grade fails', () => {
    const r = score([...fullAnswers.filter((a) => a.criterionId !== 'M-GRADE'), answer('M-GRADE', 'C')], fullRosters);
    expect(reason(r, 'M-GRADE')).toBe('要求至少 B 级；评定为 C');
    expect(r.verdict).toBe('pass');
  });

  it('uses the standard verdict thresholds: basic between the two lines', () => {
    // lose M-YN (2) and M-GRADE (1) out of 12 -> 75
    const answers = [
      ...fullAnswers.filter((a) => !['M-YN', 'M-GRADE'].includes(a.criterionId)),
      answer('M-YN', false),
      answer('M-GRADE', 'none'),
    ];
    const r = score(answers, fullRosters);
    expect(r.total.score).toBe(75);
    expect(r.verdict).toBe('basic');
  });
});

describe('scoreAudit invariants (property-based)', () => {
  const arbInput = fc.record({
    answers: arbAnswers(fixtureStandard),
    rosters: arbRosters({ equipmentCodes: FIXTURE_EQUIPMENT, drugCodes: FIXTURE_DRUGS }),
    facts: arbFacts,
  });

  it('scores stay within 0..100 and counts add up', () => {
    fc.assert(
      fc.property(arbInput, ({ answers, rosters, facts: f }) => {
        const r = score(answers, rosters, f);
        for (const s of [...r.sections, r.total]) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
        }
        expect(r.criteria).toHaveLength(9);
        expect(r.progress.answered).toBeLessThanOrEqual(r.progress.applicable);
        expect(r.complete).toBe(r.criteria.every((c) => c.status !== 'unanswered' || c.criterionId === 'M-TEXT'));
      }),
    );
  });

  it('any failing blocking criterion makes the verdict fail', () => {
    fc.assert(
      fc.property(arbInput, ({ answers, rosters, facts: f }) => {
        const r = score(answers, rosters, f);
        if (r.criteria.some((c) => c.blocking && c.status === 'fail')) expect(r.verdict).toBe('fail');
        if (r.verdict === 'pass') expect(r.blockingFailures).toEqual([]);
      }),
    );
  });

  it('is independent of answer order and of roster order', () => {
    fc.assert(
      fc.property(arbInput, ({ answers, rosters, facts: f }) => {
        const a = score(answers, rosters, f);
        const b = score([...answers].reverse(), { ...rosters, staff: [...rosters.staff].reverse() }, f);
        expect(b).toEqual(a);
      }),
    );
  });

  it('adding a qualified verified doctor never lowers the score or the verdict', () => {
    const rank = { fail: 0, basic: 1, pass: 2 } as const;
    fc.assert(
      fc.property(arbInput, ({ answers, rosters, facts: f }) => {
        const before = score(answers, rosters, f);
        const after = score(answers, { ...rosters, staff: [...rosters.staff, doctor] }, f);
        expect(after.total.score).toBeGreaterThanOrEqual(before.total.score);
        expect(rank[after.verdict]).toBeGreaterThanOrEqual(rank[before.verdict]);
      }),
    );
  });

  it('turning a "no" into a "yes" never lowers the score', () => {
    fc.assert(
      fc.property(arbInput, ({ answers, rosters, facts: f }) => {
        const flipped = answers.map((a) => (a.value === false ? { ...a, value: true } : a));
        expect(score(flipped, rosters, f).total.score).toBeGreaterThanOrEqual(score(answers, rosters, f).total.score);
      }),
    );
  });
});
