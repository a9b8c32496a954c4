import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { LocalizedText } from '../../../../../shared/domain/common';
import { FINDING_AGE_BUCKETS, type RankedPlace, type ReviewSummary } from '../../../../../shared/ipc/contracts/review';
import { formatPercent, formatRate } from '../review-format';

/** Only what echarts-setup registers: a chart option using anything else fails to type-check. */
export type ReviewChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** Colours with at least 3:1 contrast on white, as graphics need (WCAG 1.4.11). */
export const CHART_COLORS = { rate: '#1d5fbf', audited: '#6b7785', findings: '#ad4e00', failed: '#a8071a' };

const MAX_LABEL = 18;
/** Long criterion titles would squeeze the bars out: the tooltip and the text alternative carry them whole. */
export function shortLabel(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** Rounded to one decimal for the axis; the tooltip shows the exact "893 / 899 (99.3%)". */
const percentValue = (fraction: number) => Math.round(fraction * 1000) / 10;

const baseTooltip: TooltipComponentOption = { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true };

/** Facility names under a township are long: slanted, every label still shows. */
const crowded = (places: readonly RankedPlace[]) =>
  places.length > 6 || places.reduce((sum, p) => sum + p.name.length, 0) > 24;

/** Rate by child place; its bars drill down like the table's rows. */
export function rateByPlaceOption(places: readonly RankedPlace[], seriesName: string): ReviewChartOption {
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { ...baseTooltip, valueFormatter: (_value, index) => ratePlaceText(places, index) },
    xAxis: {
      type: 'category',
      data: places.map((p) => p.name),
      axisLabel: { interval: 0, rotate: crowded(places) ? 30 : 0 },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: places.map((p) => percentValue(p.rate)),
        itemStyle: { color: CHART_COLORS.rate },
        barMaxWidth: 48,
        cursor: 'pointer',
      },
    ],
  };
}

function ratePlaceText(places: readonly RankedPlace[], index: number): string {
  const place = places[index];
  return place ? formatRate(place) : '';
}

/** Rate by month (line, left axis) and facilities audited that month (bars, right axis). */
export function trendOption(
  trend: ReviewSummary['trend'],
  names: { rate: string; audited: string },
): ReviewChartOption {
  return {
    grid: { left: 48, right: 48, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { ...baseTooltip, axisPointer: { type: 'line' } },
    xAxis: { type: 'category', data: trend.map((point) => point.month) },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: names.audited,
        yAxisIndex: 1,
        data: trend.map((point) => point.audited),
        itemStyle: { color: CHART_COLORS.audited },
        barMaxWidth: 32,
      },
      {
        type: 'line',
        name: names.rate,
        data: trend.map((point) => percentValue(point.rate)),
        itemStyle: { color: CHART_COLORS.rate },
        tooltip: { valueFormatter: (value) => `${String(value)}%` },
      },
    ],
  };
}

/** Open findings by age; the labels are the buckets as the page words them. */
export function findingsByAgeOption(
  labels: readonly string[],
  counts: readonly number[],
  seriesName: string,
): ReviewChartOption {
  return {
    grid: { left: 40, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: baseTooltip,
    xAxis: { type: 'category', data: [...labels] },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: [...counts],
        itemStyle: { color: CHART_COLORS.findings },
        barMaxWidth: 48,
      },
    ],
  };
}

export function criterionLabel(criterion: { criterionId: string; title: LocalizedText }, locale: string): string {
  const title = locale === 'en-US' ? criterion.title['en-US'] : criterion.title['zh-CN'];
  return `${criterion.criterionId} ${title}`;
}

/** The most failed criteria, most failed on top, as "failed / assessed" in the tooltip. */
export function failedCriteriaOption(
  criteria: ReviewSummary['topFailedCriteria'],
  locale: string,
  seriesName: string,
): ReviewChartOption {
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      ...baseTooltip,
      valueFormatter: (_value, index) => {
        const criterion = criteria[index];
        return criterion ? `${criterion.failed} / ${criterion.assessed}` : '';
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: criteria.map((c) => shortLabel(criterionLabel(c, locale))),
    },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: criteria.map((c) => c.failed),
        itemStyle: { color: CHART_COLORS.failed },
        barMaxWidth: 20,
      },
    ],
  };
}

/** A chart's text alternative: its title, then every label with its value. */
export function chartSummary(title: string, items: readonly (readonly [string, string])[], separator: string): string {
  return [title, ...items.map(([label, value]) => `${label} ${value}`)].join(separator);
}

export const rateItems = (places: readonly RankedPlace[]) => places.map((p) => [p.name, formatRate(p)] as const);

export const trendItems = (trend: ReviewSummary['trend']) =>
  trend.map((point) => [point.month, `${point.compliant} / ${point.audited} (${formatPercent(point.rate)})`] as const);

export const failedItems = (criteria: ReviewSummary['topFailedCriteria'], locale: string) =>
  criteria.map((c) => {
    const share = c.assessed > 0 ? c.failed / c.assessed : 0;
    return [criterionLabel(c, locale), `${c.failed} / ${c.assessed} (${formatPercent(share)})`] as const;
  });

/** Counts in the order of FINDING_AGE_BUCKETS; a bucket the core left out counts 0. */
export const bucketCounts = (byAge: ReviewSummary['findings']['byAge']): number[] =>
  FINDING_AGE_BUCKETS.map((bucket) => byAge.find((b) => b.bucket === bucket)?.count ?? 0);
