import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { PageLoading } from './PageLoading';
import { RouteError } from './RouteError';

const comingLater = async () => ({ Component: (await import('../components/ComingLater')).ComingLater });

/** Hash routes: the app is one file:// document, so the path part must never change. */
export const router = createHashRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: PageLoading,
    children: [
      {
        // Pathless: a failing page shows its error inside the layout, so navigation stays usable.
        ErrorBoundary: RouteError,
        children: [
          { index: true, element: <Navigate to="/audits" replace /> },
          {
            path: 'audits',
            lazy: async () => {
              const page = await import('../features/audits/AuditsPage');
              return { loader: page.auditsLoader, Component: page.AuditsPage };
            },
          },
          {
            path: 'standards',
            lazy: async () => {
              const page = await import('../features/standards/StandardsPage');
              return { loader: page.standardsLoader, Component: page.StandardsPage };
            },
          },
          { path: 'facilities', handle: { titleKey: 'ui.nav.facilities' }, lazy: comingLater },
          { path: 'review', handle: { titleKey: 'ui.nav.review' }, lazy: comingLater },
          { path: 'settings', handle: { titleKey: 'ui.nav.settings' }, lazy: comingLater },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
]);
