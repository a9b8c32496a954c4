import { describe, expect, it } from 'vitest';
import type { Answer } from '../domain/audit';
import { countChecks, onSiteChecks } from './onsite-check';

const at = (day: number) => `2026-03-0${day}T08:00:00.000Z`;
const answer = (
  criterionId: string,
  value: Answer['value'],
  answeredAt: string,
  extra: Partial<Answer> = {},
): Answer => ({
  criterionId,
  value,
  answeredAt,
  ...extra,
});

describe('onSiteChecks', () => {
  const basis = [
    answer('A-1', true, at(1)),
    answer('A-2', 3, at(1)),
    answer('A-3', true, at(1)),
    answer('A-4', null, at(1), { notApplicableReason: 'no IV service' }),
  ];

  it('tells an untouched copy, a confirmation, a correction and an addition apart', () => {
    const onSite = [
      answer('A-1', true, at(1)), // copied, untouched
      answer('A-2', 3, at(5)), // saved again on site with the same value
      answer('A-3', false, at(5)), // changed on site
      answer('A-4', null, at(5), { notApplicableReason: 'IV approved last year', note: 'checked' }),
      answer('B-1', 2, at(5)), // the self-assessment skipped it
    ];
    const items = onSiteChecks(['A-1', 'A-2', 'A-3', 'A-4', 'B-1', 'B-2'], basis, onSite);
    expect(items.map((i) => [i.criterionId, i.check])).toEqual([
      ['A-1', 'pending'],
      ['A-2', 'confirmed'],
      ['A-3', 'corrected'],
      ['A-4', 'corrected'],
      ['B-1', 'added'],
    ]);
    expect(items[2]?.basis?.value).toBe(true);
    expect(countChecks(items)).toEqual({ pending: 1, confirmed: 1, corrected: 2, added: 1 });
  });

  it('counts a cleared answer as still to verify, and a note alone as no correction', () => {
    const onSite = [answer('A-1', true, at(5), { note: 'seen the licence' })];
    const items = onSiteChecks([], basis, onSite);
    expect(countChecks(items)).toEqual({ pending: 3, confirmed: 1, corrected: 0, added: 0 });
  });
});
