import { Button, Card, Flex, Typography } from 'antd';
import type { Sample } from '../../../../../shared/ipc/contracts/review';
import { useT } from '../../../app/useT';
import { KeyboardTable, type KeyboardColumn } from '../../../components/KeyboardTable';
import { MUTED, MUTED_SMALL } from '../../../components/styles';
import { useHistoryStore } from '../history-store';
import { formatDateTime, formatPath } from '../review-format';

type DrawnFacility = Sample['facilities'][number];

interface Props {
  sample: Sample;
  /** Draws again with this draw's settings and seed (and puts them in the form). */
  onRedraw: (sample: Sample) => void;
}

/** The drawn facilities with the criteria to spot-check, under the seed that reproduces them. */
export function SampleResult({ sample, onRedraw }: Props) {
  const { t, locale } = useT();
  const openHistory = useHistoryStore((s) => s.open);
  const columns: KeyboardColumn<DrawnFacility>[] = [
    { key: 'code', title: t('ui.review.col.code'), nowrap: true, render: (f) => f.code },
    { key: 'name', title: t('review.col.facility'), render: (f) => f.name },
    { key: 'level', title: t('ui.review.level'), nowrap: true, render: (f) => t(`level.${f.level}`) },
    { key: 'place', title: t('review.col.path'), render: (f) => formatPath(f.path) },
    {
      key: 'criteria',
      title: t('ui.review.sample.criteria_col'),
      render: (f) =>
        f.criteria.length === 0 ? (
          '—'
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {f.criteria.map((c) => (
              <li key={c.criterionId}>
                {c.criterionId} <span style={MUTED_SMALL}>{c.title[locale]}</span>
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('ui.review.sample.result', { count: sample.facilities.length, population: sample.populationSize })}
      extra={<Button onClick={() => onRedraw(sample)}>{t('ui.review.sample.reuse')}</Button>}
      data-testid="sample-result"
      data-sample-id={sample.id}
    >
      <Flex gap={12} align="baseline" wrap style={{ marginBottom: 12 }}>
        <span>{t('ui.review.sample.seed')}</span>
        <Typography.Text className="review-seed" copyable={{ text: sample.seed }} data-testid="sample-seed">
          {sample.seed}
        </Typography.Text>
        <strong>{t('ui.review.sample.reproducible')}</strong>
        <span style={MUTED}>
          {t('ui.review.sample.drawn_at', { when: formatDateTime(sample.drawnAt, locale) })} ·{' '}
          {formatPath(sample.request.path) || t('review.all_places')}
        </span>
      </Flex>
      <KeyboardTable
        label={t('ui.review.sample.table')}
        testId="sample-facilities"
        columns={columns}
        rows={sample.facilities}
        rowKey={(f) => f.facilityId}
        onOpen={(f) => void openHistory({ id: f.facilityId, name: f.name })}
        emptyText={t('ui.review.sample.empty')}
      />
    </Card>
  );
}
