import { Card } from 'antd';
import { useMemo } from 'react';
import type { Sample } from '../../../../../shared/ipc/contracts/review';
import { useT } from '../../../app/useT';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { KeyboardTable, type KeyboardColumn } from '../../../components/KeyboardTable';
import { formatDateTime, formatPath } from '../review-format';
import { useSamplingStore } from './store';

/** Every recorded draw, newest first; opening one shows it again with its seed. */
export function SampleHistory() {
  const { t, locale } = useT();
  const samples = useSamplingStore((s) => s.samples);
  const shown = useSamplingStore((s) => s.shown);
  const error = useSamplingStore((s) => s.listError);
  const { show, loadSamples } = useSamplingStore.getState();
  const rows = useMemo(() => [...samples].sort((a, b) => b.drawnAt.localeCompare(a.drawnAt)), [samples]);

  const columns: KeyboardColumn<Sample>[] = [
    {
      key: 'when',
      title: t('ui.review.sample.when'),
      nowrap: true,
      render: (s) => formatDateTime(s.drawnAt, locale),
    },
    { key: 'seed', title: t('ui.review.sample.seed'), nowrap: true, render: (s) => <code>{s.seed}</code> },
    { key: 'place', title: t('review.col.path'), render: (s) => formatPath(s.request.path) || t('review.all_places') },
    {
      key: 'level',
      title: t('ui.review.level'),
      nowrap: true,
      render: (s) => (s.request.level ? t(`level.${s.request.level}`) : t('ui.review.all_levels')),
    },
    {
      key: 'method',
      title: t('ui.review.sample.method'),
      nowrap: true,
      render: (s) => t(`review.method.${s.request.method}`),
    },
    {
      key: 'size',
      title: t('ui.review.sample.size'),
      align: 'right',
      nowrap: true,
      render: (s) => `${s.facilities.length} / ${s.populationSize}`,
    },
  ];

  return (
    <Card size="small" title={t('ui.review.sample.previous', { count: samples.length })}>
      {error ? <ErrorAlert error={error} onRetry={() => void loadSamples()} /> : null}
      <KeyboardTable
        label={t('ui.review.sample.previous_table')}
        testId="sample-history"
        columns={columns}
        rows={rows}
        rowKey={(s) => s.id}
        selectedKey={shown?.id ?? null}
        onOpen={show}
        emptyText={t('ui.review.sample.none_yet')}
        pageSize={10}
      />
    </Card>
  );
}
