import type { RankedPlace, ReviewSummary } from '../../../../shared/ipc/contracts/review';

/** A ranked place with plausible figures; tests override what they look at. */
export const rankedPlace = (name: string, rank: number, over: Partial<RankedPlace> = {}): RankedPlace => ({
  name,
  path: ['示范省', name],
  rank,
  facilities: 10,
  audited: 5,
  compliant: 4,
  pass: 3,
  basic: 1,
  fail: 1,
  rate: 0.4,
  coverage: 0.5,
  averageScore: 80,
  blockingFailures: 0,
  openFindings: 0,
  ...over,
});

/** A province summary with two prefectures, as review:summary answers it. */
export function provinceSummary(over: Partial<ReviewSummary> = {}): ReviewSummary {
  const places = [
    rankedPlace('东山市', 1, { facilities: 26, compliant: 5, rate: 5 / 26 }),
    rankedPlace('南岭彝族自治州', 2, { facilities: 13, compliant: 1, rate: 1 / 13 }),
  ];
  return {
    scope: { path: ['示范省'], asOf: '2025-09-30' },
    childLevel: 'prefecture',
    total: {
      facilities: 39,
      audited: 10,
      compliant: 6,
      pass: 3,
      basic: 3,
      fail: 4,
      rate: 6 / 39,
      coverage: 10 / 39,
      averageScore: 71.5,
      blockingFailures: 2,
      openFindings: 7,
    },
    byLevel: [],
    places,
    blankSpots: [],
    topFailedCriteria: [
      {
        standardId: 'vc',
        criterionId: 'VC-S-01',
        title: { 'zh-CN': '至少有 1 名乡村医生', 'en-US': 'At least one village doctor' },
        blocking: true,
        failed: 2,
        assessed: 6,
      },
    ],
    findings: {
      open: 7,
      overdue: 3,
      byAge: [
        { bucket: '0-30', count: 4 },
        { bucket: '181+', count: 3 },
      ],
      closed: 1,
    },
    gaps: { staff: [], equipment: [], drugVarieties: 0, facilitiesWithGaps: 0 },
    trend: [
      { month: '2025-08', audited: 4, compliant: 2, rate: 0.5 },
      { month: '2025-09', audited: 6, compliant: 4, rate: 4 / 6 },
    ],
    ...over,
  };
}
