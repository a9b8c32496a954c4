import { Button, Flex } from 'antd';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from './useT';

/** What a page (or the whole app) shows instead of itself when it failed to render or load. */
export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useT();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '48px auto' }}>
      <ErrorAlert error={error} />
      <Flex gap={8}>
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('ui.action.reload')}
        </Button>
        <Button href="#/audits">{t('ui.error.back_to_audits')}</Button>
      </Flex>
    </Flex>
  );
}
