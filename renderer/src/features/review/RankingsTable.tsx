import { useMemo } from 'react';
import { Link } from 'react-router';
import type { RankedPlace, ReviewScope, ReviewSummary } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { KeyboardTable, type KeyboardColumn } from '../../components/KeyboardTable';
import { formatPercent, formatScore } from './review-format';
import { sortPlaces, type SortKey } from './rankings-sort';
import { scopeAt } from './review-scope';
import { SortHeader } from './SortHeader';
import { useReviewStore } from './store';
import { reviewHref } from './useScopeNavigation';

interface Props {
  /** The scope as asked (the summary's own scope carries the as-of date the core defaulted). */
  scope: ReviewScope;
  summary: ReviewSummary;
  /** Enter, Space or a click on a row: drill into the place, or open the facility's history. */
  onOpen: (place: RankedPlace) => void;
}

/** 纵向评分、横向排名: the places one level down, ranked among their peers; every header sorts. */
export function RankingsTable({ scope, summary, onOpen }: Props) {
  const { t, locale } = useT();
  const sort = useReviewStore((s) => s.sort);
  const sortBy = useReviewStore((s) => s.sortBy);
  const rows = useMemo(() => sortPlaces(summary.places, sort, locale), [summary.places, sort, locale]);
  const facilities = summary.childLevel === 'facility';
  const header = (key: SortKey, label: string) => (
    <SortHeader label={label} sortKey={key} sort={sort} onSort={sortBy} />
  );

  const columns: KeyboardColumn<RankedPlace>[] = [
    { key: 'rank', title: header('rank', t('review.col.rank')), align: 'right', nowrap: true, render: (p) => p.rank },
    {
      key: 'name',
      title: header('name', t(`review.child.${summary.childLevel}`)),
      render: (p) =>
        facilities ? (
          p.name
        ) : (
          // Out of the tab order: the row is the keyboard target; the link serves the mouse and a new window.
          <Link to={reviewHref(scopeAt(scope, p.path))} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
            {p.name}
          </Link>
        ),
    },
    {
      key: 'rate',
      title: header('rate', t('review.col.rate')),
      align: 'right',
      nowrap: true,
      render: (p) => formatPercent(p.rate),
    },
    {
      key: 'facilities',
      title: header('facilities', t('review.col.compliant')),
      align: 'right',
      nowrap: true,
      render: (p) => `${p.compliant} / ${p.facilities}`,
    },
    {
      key: 'averageScore',
      title: header('averageScore', t('review.col.average')),
      align: 'right',
      nowrap: true,
      render: (p) => formatScore(p.averageScore),
    },
    {
      key: 'blockingFailures',
      title: header('blockingFailures', t('review.col.blocking')),
      align: 'right',
      render: (p) => p.blockingFailures,
    },
    {
      key: 'openFindings',
      title: header('openFindings', t('review.col.open_findings')),
      align: 'right',
      render: (p) => p.openFindings,
    },
  ];

  return (
    <KeyboardTable
      label={t('ui.review.rankings_of', { level: t(`review.child.${summary.childLevel}`) })}
      testId="review-rankings"
      columns={columns}
      rows={rows}
      rowKey={(p) => p.path.join('\u0000')}
      onOpen={onOpen}
      emptyText={t('ui.review.no_places')}
    />
  );
}
