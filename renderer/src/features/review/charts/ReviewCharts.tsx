import { useMemo } from 'react';
import { FINDING_AGE_BUCKETS, type RankedPlace, type ReviewSummary } from '../../../../../shared/ipc/contracts/review';
import { useT } from '../../../app/useT';
import {
  bucketCounts,
  chartSummary,
  failedItems,
  failedCriteriaOption,
  findingsByAgeOption,
  rateByPlaceOption,
  rateItems,
  trendItems,
  trendOption,
} from './chart-options';
import { ChartCard } from './ChartCard';

/** Rate by child place (bars drill down like the table's rows) and the monthly trend. */
export function RateCharts({ summary, onOpen }: { summary: ReviewSummary; onOpen: (place: RankedPlace) => void }) {
  const { t } = useT();
  const sep = t('ui.review.list_separator');
  const childLevel = t(`review.child.${summary.childLevel}`);
  const rateTitle = t('ui.review.chart.rate_by', { level: childLevel });
  const rate = useMemo(() => rateByPlaceOption(summary.places, t('review.col.rate')), [summary.places, t]);
  const trendTitle = t('ui.review.chart.trend');
  const trend = useMemo(
    () => trendOption(summary.trend, { rate: t('review.col.rate'), audited: t('ui.review.chart.audited') }),
    [summary.trend, t],
  );
  return (
    <div className="review-grid">
      <ChartCard
        title={rateTitle}
        summary={chartSummary(rateTitle, rateItems(summary.places), sep)}
        option={rate}
        empty={summary.places.length === 0}
        testId="chart-rate"
        onItemClick={(index) => {
          const place = summary.places[index];
          if (place) onOpen(place);
        }}
      />
      <ChartCard
        title={trendTitle}
        summary={chartSummary(trendTitle, trendItems(summary.trend), sep)}
        option={trend}
        empty={summary.trend.length === 0}
        testId="chart-trend"
      />
    </div>
  );
}

/** Open findings by age (动态清零) and the most failed criteria. */
export function ProblemCharts({ summary }: { summary: ReviewSummary }) {
  const { t, locale } = useT();
  const sep = t('ui.review.list_separator');
  const { byAge } = summary.findings;
  const ageTitle = t('ui.review.chart.findings_age');
  const ages = useMemo(() => {
    const labels = FINDING_AGE_BUCKETS.map((bucket) => t(`review.age.${bucket}`));
    const counts = bucketCounts(byAge);
    const items = labels.map((label, i) => [label, String(counts[i] ?? 0)] as const);
    return { items, option: findingsByAgeOption(labels, counts, t('ui.review.chart.open_count')) };
  }, [byAge, t]);
  const failedTitle = t('ui.review.chart.failed_criteria');
  const criteria = summary.topFailedCriteria;
  const failed = useMemo(
    () => failedCriteriaOption(criteria, locale, t('ui.review.chart.failed_count')),
    [criteria, locale, t],
  );
  return (
    <div className="review-grid">
      <ChartCard
        title={ageTitle}
        summary={chartSummary(ageTitle, ages.items, sep)}
        option={ages.option}
        empty={summary.findings.open === 0}
        testId="chart-findings-age"
      />
      <ChartCard
        title={failedTitle}
        summary={chartSummary(failedTitle, failedItems(criteria, locale), sep)}
        option={failed}
        empty={criteria.length === 0}
        testId="chart-failed-criteria"
      />
    </div>
  );
}
