import { Link } from 'react-router';
import type { ReviewScope } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { breadcrumbOf, scopeAt } from './review-scope';
import { reviewHref } from './useScopeNavigation';

/** 全部地区 > 示范省 > 东山市 > 清河县: every place above the shown one is a link back up. */
export function ScopeBreadcrumb({ scope, route }: { scope: ReviewScope; route?: string }) {
  const { t } = useT();
  const crumbs = breadcrumbOf(scope.path);
  return (
    <nav aria-label={t('ui.review.breadcrumb')} className="review-crumbs" data-testid="review-breadcrumb">
      <ol>
        {crumbs.map((crumb, index) => {
          const label = crumb.name ?? t('review.all_places');
          return (
            <li key={crumb.path.join('\u0000')}>
              {index < crumbs.length - 1 ? (
                <Link to={reviewHref(scopeAt(scope, crumb.path), route)}>{label}</Link>
              ) : (
                <span aria-current="page">{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
