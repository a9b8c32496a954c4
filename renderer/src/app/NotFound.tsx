import { Result } from 'antd';
import { useT } from './useT';

export function NotFound() {
  const { t } = useT();
  return <Result status="404" title={t('ui.error.not_found')} />;
}
