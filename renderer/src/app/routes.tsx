import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { PageLoading } from './PageLoading';
import { RouteError } from './RouteError';

/**
 * Hash routes: the app is one file:// document, so the path part must never change. Every page
 * is a lazy chunk; only the shell is in the first script.
 */
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
            path: 'audits/new',
            lazy: async () => {
              const page = await import('../features/wizard/NewAuditPage');
              return { loader: page.newAuditLoader, Component: page.NewAuditPage };
            },
          },
          {
            path: 'audits/:auditId',
            lazy: async () => ({ Component: (await import('../features/workspace/WorkspacePage')).WorkspacePage }),
          },
          {
            path: 'facilities',
            lazy: async () => {
              const page = await import('../features/facilities/FacilitiesPage');
              return { loader: page.facilitiesLoader, Component: page.FacilitiesPage };
            },
          },
          {
            path: 'standards',
            lazy: async () => {
              const page = await import('../features/standards/StandardsPage');
              return { loader: page.standardsLoader, Component: page.StandardsPage };
            },
          },
          {
            path: 'standards/:standardKey',
            lazy: async () => {
              const page = await import('../features/standards/StandardPage');
              return { loader: page.standardLoader, Component: page.StandardPage };
            },
          },
          {
            path: 'review',
            lazy: async () => {
              const page = await import('../features/review/ReviewPage');
              return { loader: page.reviewLoader, Component: page.ReviewPage };
            },
          },
          {
            path: 'review/sampling',
            lazy: async () => {
              const page = await import('../features/review/sampling/SamplingPage');
              return { loader: page.samplingLoader, Component: page.SamplingPage };
            },
          },
          {
            path: 'settings',
            lazy: async () => {
              const page = await import('../features/settings/SettingsPage');
              return { loader: page.settingsLoader, Component: page.SettingsPage };
            },
          },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
]);
