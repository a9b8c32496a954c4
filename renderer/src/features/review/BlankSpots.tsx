import { Card, Tag } from 'antd';
import type { BlankSpot } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { KeyboardTable, type KeyboardColumn } from '../../components/KeyboardTable';
import { TAG_COLORS } from '../../components/styles';
import { formatPath } from './review-format';

interface Props {
  spots: readonly BlankSpot[];
  /** A spot with a facility opens its history; a place without a facility drills into it. */
  onOpen: (spot: BlankSpot) => void;
}

/** 空白点: facilities without a qualified doctor and townships without a health center. */
export function BlankSpots({ spots, onOpen }: Props) {
  const { t } = useT();
  const columns: KeyboardColumn<BlankSpot>[] = [
    {
      key: 'kind',
      title: t('review.col.kind'),
      nowrap: true,
      render: (s) => <Tag color={TAG_COLORS.red}>{t(`review.blank.${s.kind}`)}</Tag>,
    },
    { key: 'place', title: t('review.col.path'), render: (s) => formatPath(s.path) },
    { key: 'level', title: t('ui.review.level'), nowrap: true, render: (s) => t(`level.${s.level}`) },
    { key: 'facility', title: t('review.col.facility'), render: (s) => s.facilityName ?? '—' },
    { key: 'criterion', title: t('review.col.criterion'), nowrap: true, render: (s) => s.criterionId ?? '—' },
  ];
  return (
    <Card size="small" title={t('ui.review.blank_spots', { count: spots.length })}>
      <KeyboardTable
        label={t('ui.review.blank_spots_table')}
        testId="review-blank-spots"
        columns={columns}
        rows={spots}
        rowKey={(s) => `${s.kind}:${s.facilityId ?? formatPath(s.path)}:${s.criterionId ?? ''}`}
        onOpen={onOpen}
        emptyText={t('ui.review.no_blank_spots')}
        pageSize={10}
      />
    </Card>
  );
}
