import { AimOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { BlankSpot, RankedPlace } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { MUTED } from '../../components/styles';
import { BlankSpots } from './BlankSpots';
import { ProblemCharts, RateCharts } from './charts/ReviewCharts';
import { ExportButtons, ExportOutcome } from './ExportButtons';
import { FacilityHistoryDrawer } from './FacilityHistoryDrawer';
import { GapTotals } from './GapTotals';
import { HeadlineCards } from './HeadlineCards';
import { useHistoryStore } from './history-store';
import { RankingsTable } from './RankingsTable';
import { ReviewFilters } from './ReviewFilters';
import { scopeAt, scopeFromSearch, withFilters } from './review-scope';
import { ScopeBreadcrumb } from './ScopeBreadcrumb';
import { useReviewStore } from './store';
import { SAMPLING_ROUTE, reviewHref, useScopeNavigation } from './useScopeNavigation';
import './review.css';

/** Runs on every change of the query (drill-down, filters, back and forward); a failure shows on the page with a retry. */
export async function reviewLoader({ request }: LoaderFunctionArgs): Promise<null> {
  await useReviewStore.getState().load(scopeFromSearch(new URL(request.url).searchParams));
  return null;
}

/** 审核汇总: the roll-up of one place, from the whole province down to a township's facilities. */
export function ReviewPage() {
  const { t } = useT();
  const scope = useReviewStore((s) => s.scope);
  const summary = useReviewStore((s) => s.summary);
  const error = useReviewStore((s) => s.error);
  const retry = useReviewStore((s) => s.retry);
  const go = useScopeNavigation();
  const navigate = useNavigate();
  const openHistory = useHistoryStore((s) => s.open);

  const openPlace = (place: RankedPlace) => {
    if (place.facilityId === undefined) go(scopeAt(scope, place.path));
    else void openHistory({ id: place.facilityId, name: place.name });
  };
  const openSpot = (spot: BlankSpot) => {
    if (spot.facilityId === null) go(scopeAt(scope, spot.path));
    else void openHistory({ id: spot.facilityId, name: spot.facilityName ?? spot.facilityId });
  };

  return (
    <div data-testid="review-page">
      <PageHeader
        title={t('ui.review.title')}
        extra={
          <>
            <ExportButtons scope={scope} />
            <Button
              icon={<AimOutlined />}
              onClick={() => void navigate(reviewHref(withFilters(scope, { asOf: null }), SAMPLING_ROUTE))}
            >
              {t('ui.review.sampling')}
            </Button>
          </>
        }
      />
      <ExportOutcome />
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <ScopeBreadcrumb scope={scope} />
        <ReviewFilters scope={scope} />
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void retry()} /> : null}
      {summary ? (
        <>
          <HeadlineCards summary={summary} />
          <RateCharts summary={summary} onOpen={openPlace} />
          <section aria-labelledby="review-rankings-title" style={{ marginBottom: 16 }}>
            <Typography.Title level={2} id="review-rankings-title" style={{ fontSize: 18 }}>
              {t('ui.review.rankings_of', { level: t(`review.child.${summary.childLevel}`) })}
            </Typography.Title>
            <p style={MUTED}>
              {t(summary.childLevel === 'facility' ? 'ui.review.rankings_hint_facility' : 'ui.review.rankings_hint')}
            </p>
            <RankingsTable scope={scope} summary={summary} onOpen={openPlace} />
          </section>
          <ProblemCharts summary={summary} />
          <div className="review-grid">
            <BlankSpots spots={summary.blankSpots} onOpen={openSpot} />
            <GapTotals gaps={summary.gaps} />
          </div>
        </>
      ) : null}
      <FacilityHistoryDrawer />
    </div>
  );
}
