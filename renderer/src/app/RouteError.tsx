import { Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ClientError } from '../api/client';
import { NotFound } from './NotFound';
import { useT } from './useT';

/** Errors from loaders and pages, in the user's language; AppErrors arrive bilingual from main. */
export function RouteError() {
  const error = useRouteError();
  const { t, locale } = useT();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const message =
    error instanceof ClientError
      ? error.messageIn(locale)
      : t('error.internal', { details: error instanceof Error ? error.message : String(error) });
  return <Result status="error" title={t('ui.error.title')} subTitle={message} />;
}
