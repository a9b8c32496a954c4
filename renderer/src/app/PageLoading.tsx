import { Spin } from 'antd';
import { useT } from './useT';

export function PageLoading() {
  const { t } = useT();
  return <Spin description={t('ui.loading')} size="large" style={{ display: 'block', margin: '96px auto' }} />;
}
