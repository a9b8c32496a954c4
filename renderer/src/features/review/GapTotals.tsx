import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ReviewSummary } from '../../../../shared/ipc/contracts/review';
import { formatMessage } from '../../../../shared/i18n/format';
import { useT } from '../../app/useT';
import { MUTED } from '../../components/styles';

/** 填平补齐, totalled over the scope: whom to recruit, what to buy, how many drug varieties to stock. */
export function GapTotals({ gaps }: { gaps: ReviewSummary['gaps'] }) {
  const { t, locale } = useT();
  return (
    <Card size="small" title={t('ui.review.gaps')} data-testid="review-gaps">
      <Typography.Paragraph style={MUTED}>
        {t('ui.review.gaps_facilities', { count: gaps.facilitiesWithGaps })}
      </Typography.Paragraph>
      <GapGroup title={t('ui.review.gap_staff')} none={t('ui.review.gap_none')}>
        {gaps.staff.map((g) => {
          const qualifications = g.qualifications.map((q) => `@qualification.${q}`).join('|');
          return (
            <li key={g.qualifications.join('|')}>
              {formatMessage(locale, 'ui.review.gap_staff_line', { qualifications, missing: g.missing })}
            </li>
          );
        })}
      </GapGroup>
      <GapGroup title={t('ui.review.gap_equipment')} none={t('ui.review.gap_none')}>
        {gaps.equipment.map((g) => (
          <li key={g.itemId}>{t('ui.review.gap_equipment_line', { item: g.label[locale], count: g.facilities })}</li>
        ))}
      </GapGroup>
      <div>
        <Typography.Text strong>{t('ui.review.gap_drugs')}</Typography.Text>
        <div data-testid="review-gap-drugs">{t('ui.review.gap_drugs_line', { count: gaps.drugVarieties })}</div>
      </div>
    </Card>
  );
}

function GapGroup({ title, none, children }: { title: string; none: string; children: ReactNode[] }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {children.length === 0 ? (
        <div style={MUTED}>{none}</div>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>{children}</ul>
      )}
    </div>
  );
}
