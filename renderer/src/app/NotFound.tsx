import { Alert, Button, Flex } from 'antd';
import { useT } from './useT';

export function NotFound() {
  const { t } = useT();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '48px auto' }}>
      <Alert type="warning" showIcon title={t('ui.error.not_found')} />
      <Button href="#/audits" style={{ alignSelf: 'flex-start' }}>
        {t('ui.error.back_to_audits')}
      </Button>
    </Flex>
  );
}
