import { Card, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { ReviewSummary } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { MUTED_SMALL, TAG_COLORS } from '../../components/styles';
import { formatCoverage, formatRate } from './review-format';

function Figure({
  label,
  value,
  testId,
  children,
}: {
  label: string;
  value: string;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <Card size="small" title={label} data-testid={testId}>
      <div className="review-figure" data-testid={`${testId}-value`}>
        {value}
      </div>
      {children}
    </Card>
  );
}

/** The figures a reviewer reports upward: rate per level ("达标 893 / 899 (99.3%)"), coverage, vetoes, open findings. */
export function HeadlineCards({ summary }: { summary: ReviewSummary }) {
  const { t } = useT();
  const { total, findings } = summary;
  return (
    <section aria-label={t('ui.review.headline')} className="review-cards">
      <Figure
        label={t('ui.review.rate_all')}
        value={t('ui.review.rate_line', { rate: formatRate(total) })}
        testId="headline-total"
      >
        <div style={MUTED_SMALL}>
          {t('ui.review.verdict_counts', { pass: total.pass, basic: total.basic, fail: total.fail })}
        </div>
      </Figure>
      {summary.byLevel.map((rate) => (
        <Figure
          key={rate.level}
          label={t(`level.${rate.level}`)}
          value={t('ui.review.rate_line', { rate: formatRate(rate) })}
          testId={`headline-${rate.level}`}
        >
          <div style={MUTED_SMALL}>{t('ui.review.coverage_line', { coverage: formatCoverage(rate) })}</div>
        </Figure>
      ))}
      <Figure label={t('ui.review.coverage')} value={formatCoverage(total)} testId="headline-coverage">
        <div style={MUTED_SMALL}>{t('ui.review.coverage_hint')}</div>
      </Figure>
      <Figure label={t('ui.review.blocking')} value={String(total.blockingFailures)} testId="headline-blocking">
        <div style={MUTED_SMALL}>{t('ui.review.blocking_hint')}</div>
      </Figure>
      <Figure label={t('ui.review.open_findings')} value={String(findings.open)} testId="headline-findings">
        {findings.overdue > 0 ? (
          <Tag color={TAG_COLORS.red} data-testid="headline-overdue">
            {t('ui.review.overdue', { count: findings.overdue })}
          </Tag>
        ) : (
          <div style={MUTED_SMALL}>{t('ui.review.none_overdue')}</div>
        )}
        <div style={MUTED_SMALL}>{t('ui.review.closed_out', { count: findings.closed })}</div>
      </Figure>
    </section>
  );
}
