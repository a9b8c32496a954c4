import { describe, expect, it } from 'vitest';
import { provinceSummary, rankedPlace } from '../test-fixtures';
import {
  bucketCounts,
  chartSummary,
  failedCriteriaOption,
  failedItems,
  rateByPlaceOption,
  rateItems,
  shortLabel,
  trendItems,
  trendOption,
} from './chart-options';

const summary = provinceSummary();

/** The one series of an option, or the one at `index`. */
function seriesOf(option: { series?: unknown }, index = 0): Record<string, unknown> {
  const list = Array.isArray(option.series) ? option.series : [option.series];
  return list[index] as Record<string, unknown>;
}

describe('review chart options', () => {
  it('draws the rate of each child place in percent, the exact figures in the tooltip', () => {
    const option = rateByPlaceOption(summary.places, '达标率');
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['东山市', '南岭彝族自治州'] });
    expect(seriesOf(option)).toMatchObject({ type: 'bar', name: '达标率', data: [19.2, 7.7] });
    const tooltip = option.tooltip as { valueFormatter: (value: number, index: number) => string };
    expect(tooltip.valueFormatter(19.2, 0)).toBe('5 / 26 (19.2%)');
    expect(tooltip.valueFormatter(0, 9)).toBe('');
  });

  it('slants the labels of many or long place names', () => {
    const axis = (names: string[]) =>
      rateByPlaceOption(
        names.map((name, i) => rankedPlace(name, i + 1)),
        '',
      ).xAxis as { axisLabel: { rotate: number } };
    expect(axis(['东山市', '南岭彝族自治州']).axisLabel.rotate).toBe(0);
    expect(
      axis(['高桥镇卫生院', '高桥镇三合村卫生室', '高桥镇龙井村卫生室', '高桥镇营盘村卫生室']).axisLabel.rotate,
    ).toBe(30);
    expect(axis(['a', 'b', 'c', 'd', 'e', 'f', 'g']).axisLabel.rotate).toBe(30);
  });

  it('draws the trend as rate (line) over audits (bars) by month', () => {
    const option = trendOption(summary.trend, { rate: '达标率', audited: '核查机构数' });
    expect(option.xAxis).toMatchObject({ data: ['2025-08', '2025-09'] });
    expect(seriesOf(option, 0)).toMatchObject({ type: 'bar', yAxisIndex: 1, data: [4, 6] });
    expect(seriesOf(option, 1)).toMatchObject({ type: 'line', data: [50, 66.7] });
  });

  it('puts the most failed criterion on top, with failed of assessed in the tooltip', () => {
    const option = failedCriteriaOption(summary.topFailedCriteria, 'en-US', 'failing');
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['VC-S-01 At least …'] });
    const tooltip = option.tooltip as { valueFormatter: (value: number, index: number) => string };
    expect(tooltip.valueFormatter(2, 0)).toBe('2 / 6');
  });

  it('counts findings in every age bucket, 0 for a bucket left out', () => {
    expect(bucketCounts(summary.findings.byAge)).toEqual([4, 0, 0, 3]);
  });

  it('shortens long labels only', () => {
    expect(shortLabel('短')).toBe('短');
    expect(shortLabel('x'.repeat(30))).toHaveLength(18);
  });

  it('gives every chart a text alternative with all its figures', () => {
    expect(chartSummary('各市（州）达标率', rateItems(summary.places), '；')).toBe(
      '各市（州）达标率；东山市 5 / 26 (19.2%)；南岭彝族自治州 1 / 13 (7.7%)',
    );
    expect(trendItems(summary.trend)).toEqual([
      ['2025-08', '2 / 4 (50.0%)'],
      ['2025-09', '4 / 6 (66.7%)'],
    ]);
    expect(failedItems(summary.topFailedCriteria, 'zh-CN')).toEqual([['VC-S-01 至少有 1 名乡村医生', '2 / 6 (33.3%)']]);
  });
});
