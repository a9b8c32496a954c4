import { Card, Empty } from 'antd';
import { useT } from '../../../app/useT';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { ReviewChartOption } from './chart-options';
import { useEChart } from './useEChart';

interface Props {
  title: string;
  /** The text alternative: what the chart shows, in words (the canvas says nothing to a screen reader). */
  summary: string;
  option: ReviewChartOption;
  empty: boolean;
  testId: string;
  onItemClick?: (dataIndex: number) => void;
}

export function ChartCard({ title, summary, option, empty, testId, onItemClick }: Props) {
  return (
    <Card size="small" title={title}>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <Chart {...{ summary, option, testId, onItemClick }} />}
    </Card>
  );
}

function Chart({ summary, option, testId, onItemClick }: Omit<Props, 'title' | 'empty'>) {
  const { t } = useT();
  const { ref, error } = useEChart(option, onItemClick);
  return (
    <>
      <div ref={ref} role="img" aria-label={summary} className="review-chart" data-testid={testId} />
      {error ? <ErrorAlert error={error} title={t('ui.review.chart_failed')} /> : null}
    </>
  );
}
