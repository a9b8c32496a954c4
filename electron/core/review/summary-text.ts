import { FINDING_AGE_BUCKETS, type ReviewSummary } from '../../../shared/ipc/contracts/review';
import type { MessageKey } from '../../../shared/i18n/format';
import { rateText } from '../../../shared/logic/review/rates';
import type { ReportText } from '../reports/report-text';

/**
 * The words and rows both summary files (XLSX and PDF) are made of, in the chosen language(s):
 * one place decides what each table holds, the writers only lay them out.
 */
export interface SummaryTable {
  headers: string[];
  /** Numbers stay numbers (the workbook computes with them); `format` says how to show each column. */
  rows: (string | number | null)[][];
  formats: ('text' | 'count' | 'percent' | 'score')[];
  /** Columns that are the ratio of two others (index: [numerator, denominator]): a formula in the workbook. */
  ratios?: Record<number, [number, number]>;
  /** The last row totals the rows above it: its count columns are sums in the workbook. */
  totalRow?: boolean;
}

const col = (t: ReportText, key: MessageKey) => t.label(key);

export function levelTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  const total = { level: null, ...summary.total };
  return {
    headers: [
      col(t, 'review.col.level'),
      col(t, 'review.col.facilities'),
      col(t, 'review.col.audited'),
      col(t, 'review.col.compliant'),
      col(t, 'review.col.pass'),
      col(t, 'review.col.basic'),
      col(t, 'review.col.fail'),
      col(t, 'review.col.rate'),
      col(t, 'review.col.coverage'),
    ],
    rows: [...summary.byLevel, total].map((r) => [
      r.level === null ? t.label('review.total') : t.label(`level.${r.level}`),
      r.facilities,
      r.audited,
      r.compliant,
      r.pass,
      r.basic,
      r.fail,
      r.rate,
      r.coverage,
    ]),
    formats: ['text', 'count', 'count', 'count', 'count', 'count', 'count', 'percent', 'percent'],
    ratios: { 7: [3, 1], 8: [2, 1] },
    totalRow: true,
  };
}

export function rankingTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  return {
    headers: [
      col(t, 'review.col.rank'),
      col(t, 'review.col.place'),
      col(t, 'review.col.facilities'),
      col(t, 'review.col.audited'),
      col(t, 'review.col.compliant'),
      col(t, 'review.col.rate'),
      col(t, 'review.col.average'),
      col(t, 'review.col.blocking'),
      col(t, 'review.col.open_findings'),
    ],
    rows: summary.places.map((p) => [
      p.rank,
      p.name,
      p.facilities,
      p.audited,
      p.compliant,
      p.rate,
      p.averageScore,
      p.blockingFailures,
      p.openFindings,
    ]),
    formats: ['count', 'text', 'count', 'count', 'count', 'percent', 'score', 'count', 'count'],
    ratios: { 5: [4, 2] },
  };
}

export function blankSpotTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  return {
    headers: [
      col(t, 'review.col.kind'),
      col(t, 'review.col.path'),
      col(t, 'review.col.level'),
      col(t, 'review.col.facility'),
      col(t, 'review.col.criterion'),
    ],
    rows: summary.blankSpots.map((s) => [
      t.label(`review.blank.${s.kind}`),
      s.path.join(' '),
      t.label(`level.${s.level}`),
      s.facilityName ?? '',
      s.criterionId ?? '',
    ]),
    formats: ['text', 'text', 'text', 'text', 'text'],
  };
}

export function followUpTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  const { findings } = summary;
  return {
    headers: [col(t, 'review.col.figure'), col(t, 'review.col.count')],
    rows: [
      [t.label('review.findings.open'), findings.open],
      [t.label('review.findings.overdue'), findings.overdue],
      [t.label('review.findings.closed'), findings.closed],
      ...FINDING_AGE_BUCKETS.map((bucket) => [
        `${t.label('review.col.bucket')} ${t.label(`review.age.${bucket}`)}`,
        findings.byAge.find((b) => b.bucket === bucket)?.count ?? 0,
      ]),
    ],
    formats: ['text', 'count'],
  };
}

export function failedCriteriaTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  return {
    headers: [
      col(t, 'report.col.id'),
      col(t, 'review.col.criterion'),
      col(t, 'review.col.veto'),
      col(t, 'review.col.failed'),
      col(t, 'review.col.assessed'),
    ],
    rows: summary.topFailedCriteria.map((c) => [
      c.criterionId,
      t.dataLabel(c.title),
      c.blocking ? t.label('review.yes') : '',
      c.failed,
      c.assessed,
    ]),
    formats: ['text', 'text', 'text', 'count', 'count'],
  };
}

export function staffGapTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  return {
    headers: [col(t, 'review.col.qualifications'), col(t, 'review.col.missing')],
    rows: summary.gaps.staff.map((s) => [
      t.list(s.qualifications.map((q) => t.codeLabel('qualification', q))),
      s.missing,
    ]),
    formats: ['text', 'count'],
  };
}

export function equipmentGapTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  return {
    headers: [col(t, 'review.col.item'), col(t, 'review.col.lacking')],
    rows: summary.gaps.equipment.map((e) => [t.dataLabel(e.label), e.facilities]),
    formats: ['text', 'count'],
  };
}

export function trendTable(t: ReportText, summary: ReviewSummary): SummaryTable {
  return {
    headers: [
      col(t, 'review.col.month'),
      col(t, 'review.col.audited'),
      col(t, 'review.col.compliant'),
      col(t, 'review.col.rate'),
    ],
    rows: summary.trend.map((p) => [p.month, p.audited, p.compliant, p.rate]),
    formats: ['text', 'count', 'count', 'percent'],
    ratios: { 3: [2, 1] },
  };
}

/** "乡镇卫生院：达标 893 / 899 (99.3%)，已核查 899 个", one line per level and the total. */
export function rateLines(t: ReportText, summary: ReviewSummary): string[] {
  return [
    ...summary.byLevel.map((r) => ({ label: `@level.${r.level}`, r })),
    { label: '@review.total', r: summary.total },
  ].map(({ label, r }) => t.label('review.rate_line', { label, rate: rateText(r), audited: r.audited }));
}
