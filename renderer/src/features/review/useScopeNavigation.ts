import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { ReviewScope } from '../../../../shared/ipc/contracts/review';
import { searchOfScope } from './review-scope';

export const REVIEW_ROUTE = '/review';
export const SAMPLING_ROUTE = '/review/sampling';

/** A link's target for a scope: the route with the scope in its query. */
export const reviewHref = (scope: ReviewScope, route = REVIEW_ROUTE) => `${route}${searchOfScope(scope)}`;

/** Every scope change is a history entry, so back and forward walk the drill-down. */
export function useScopeNavigation(): (scope: ReviewScope) => void {
  const navigate = useNavigate();
  return useCallback((scope: ReviewScope) => void navigate(reviewHref(scope)), [navigate]);
}
