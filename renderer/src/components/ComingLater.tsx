import { Result } from 'antd';
import { useMatches } from 'react-router';
import { catalogs, type MessageKey } from '../../../shared/i18n/format';
import { useT } from '../app/useT';

function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(catalogs['zh-CN'], key);
}

function titleKeyOf(handle: unknown): MessageKey | null {
  if (typeof handle !== 'object' || handle === null || !('titleKey' in handle)) return null;
  return isMessageKey(handle.titleKey) ? handle.titleKey : null;
}

/** Stands in for sections that a later version brings; the route's handle names the section. */
export function ComingLater() {
  const { t } = useT();
  const titleKey = titleKeyOf(useMatches().at(-1)?.handle);
  const page = titleKey === null ? '' : t(titleKey);
  return <Result status="info" title={t('ui.later.title')} subTitle={t('ui.later.body', { page })} />;
}
