import { Button, Card, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Identity } from '../../../../shared/ipc/contracts/signing';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MUTED, MUTED_SMALL } from '../../components/styles';
import { CreateIdentityModal } from './CreateIdentityModal';
import { groupFingerprint, validityDates } from './identity-format';
import { ImportIdentityModal } from './ImportIdentityModal';
import { identitiesStore, useIdentities } from './useIdentities';

/** Who can sign reports on this computer: create a self-signed identity or import the organisation's. */
export function IdentitiesCard() {
  const { t } = useT();
  const identities = useIdentities((s) => s.identities);
  const error = useIdentities((s) => s.error);
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);

  return (
    <Card
      size="small"
      data-testid="identities"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('ui.identities.title')}</h2>}
      extra={
        <Flex gap={8}>
          <Button onClick={() => setDialog('create')}>{t('ui.identities.create')}</Button>
          <Button onClick={() => setDialog('import')}>{t('ui.identities.import')}</Button>
        </Flex>
      }
    >
      <div style={{ ...MUTED, marginBottom: 12 }}>{t('ui.identities.help')}</div>
      {error ? (
        <ErrorAlert
          error={error}
          title={t('ui.identities.load_failed')}
          onRetry={() => void identitiesStore.getState().load()}
        />
      ) : (
        <Table<Identity>
          aria-label={t('ui.identities.title')}
          size="small"
          rowKey="id"
          dataSource={identities}
          pagination={false}
          locale={{ emptyText: <span style={MUTED}>{t('ui.identities.empty')}</span> }}
          columns={[
            {
              key: 'name',
              title: t('ui.identities.col.name'),
              render: (_, i) => (
                <>
                  <div>{i.name}</div>
                  <div style={MUTED_SMALL}>{t(`ui.identities.source.${i.source}`)}</div>
                </>
              ),
            },
            {
              key: 'organisation',
              title: t('ui.identities.col.organisation'),
              render: (_, i) => i.organisation ?? '—',
            },
            { key: 'role', title: t('ui.identities.col.role'), render: (_, i) => i.role ?? '—' },
            {
              key: 'fingerprint',
              title: t('ui.identities.col.fingerprint'),
              width: 250,
              render: (_, i) => (
                <code data-testid="identity-fingerprint" style={{ fontSize: 12, wordSpacing: 2 }}>
                  {groupFingerprint(i.fingerprint)}
                </code>
              ),
            },
            {
              key: 'validity',
              title: t('ui.identities.col.validity'),
              render: (_, i) => t('ui.identities.validity', validityDates(i)),
            },
            {
              key: 'protection',
              title: t('ui.identities.col.protection'),
              render: (_, i) => <Tag>{t(`signing.protection.${i.keyProtection}`)}</Tag>,
            },
          ]}
        />
      )}
      <CreateIdentityModal open={dialog === 'create'} onClose={() => setDialog(null)} />
      <ImportIdentityModal open={dialog === 'import'} onClose={() => setDialog(null)} />
    </Card>
  );
}
