import { describe, expect, it } from 'vitest';
import { percentText, rateOf, rateText, rollupRow } from './rates';
import { rankPlaces } from './ranking';

describe('rates', () => {
  it('counts over every registered facility, audited or not', () => {
    const rate = rateOf(4, [{ verdict: 'pass' }, { verdict: 'basic' }, { verdict: 'fail' }]);
    expect(rate).toEqual({
      facilities: 4,
      audited: 3,
      compliant: 2,
      pass: 1,
      basic: 1,
      fail: 1,
      rate: 0.5,
      coverage: 0.75,
    });
    expect(rateOf(0, [])).toMatchObject({ rate: 0, coverage: 0 });
  });

  it('prints the field format, one decimal', () => {
    expect(
      rateText(
        rateOf(
          899,
          Array.from({ length: 893 }, () => ({ verdict: 'pass' as const })),
        ),
      ),
    ).toBe('893 / 899 (99.3%)');
    expect(rateText({ compliant: 8265, facilities: 8902, rate: 8265 / 8902 })).toBe('8265 / 8902 (92.8%)');
    expect(percentText(0)).toBe('0.0%');
    expect(percentText(1)).toBe('100.0%');
    expect(percentText(1999 / 2000)).toBe('99.9%');
    expect(percentText(1 / 2000)).toBe('0.1%');
    expect(percentText(0.9995)).toBe('99.9%');
    expect(percentText(0.99949)).toBe('99.9%');
    expect(rateText({ compliant: 8901, facilities: 8902, rate: 8901 / 8902 })).toBe('8901 / 8902 (99.9%)');
  });

  it('averages the scores of the audited only and counts blocking failures', () => {
    const row = rollupRow(
      3,
      [
        { verdict: 'pass', score: 90, blockingFailures: [] },
        { verdict: 'fail', score: 95, blockingFailures: ['F-DOC'] },
      ],
      4,
    );
    expect(row).toMatchObject({ averageScore: 92.5, blockingFailures: 1, openFindings: 4, compliant: 1 });
    expect(rollupRow(2, [], 0).averageScore).toBeNull();
  });
});

describe('rankPlaces (纵向评分、横向排名)', () => {
  const place = (name: string, compliant: number, facilities: number, averageScore: number | null) => ({
    name,
    compliant,
    facilities,
    averageScore,
  });

  it('orders by rate, then mean score; equal figures share a rank and the next rank skips', () => {
    const ranked = rankPlaces([
      place('丁县', 1, 4, 70),
      place('甲县', 2, 3, 80),
      place('乙县', 4, 6, 80),
      place('丙县', 2, 3, 85),
      place('戊县', 0, 2, null),
      place('己县', 0, 5, 40),
    ]);
    expect(ranked.map((p) => [p.name, p.rank])).toEqual([
      ['丙县', 1],
      // 2/3 and 4/6 are the same rate; with the same mean score they tie. The name orders them (pinyin).
      ['甲县', 2],
      ['乙县', 2],
      ['丁县', 4],
      ['己县', 5],
      ['戊县', 6],
    ]);
  });
});
