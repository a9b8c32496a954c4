import type { MessageKey } from '../../../shared/i18n/format';

export interface NavRoute {
  path: string;
  labelKey: MessageKey;
}

/** The navigation, in menu order (Alt+1 … Alt+5); app/routes.tsx has a route for each entry. */
export const NAV_ROUTES: readonly NavRoute[] = [
  { path: 'audits', labelKey: 'ui.nav.audits' },
  { path: 'facilities', labelKey: 'ui.nav.facilities' },
  { path: 'standards', labelKey: 'ui.nav.standards' },
  { path: 'review', labelKey: 'ui.review.title' },
  { path: 'settings', labelKey: 'ui.nav.settings' },
];
