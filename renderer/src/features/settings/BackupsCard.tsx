import { Alert, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useEffect } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/contracts/backups';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MUTED, MUTED_SMALL } from '../../components/styles';
import { formatBytes } from '../report-export/export-view';
import { formatDateTime } from '../review/review-format';
import { backupsStore, useBackups } from './useBackups';

/** The database's backups: made by the timer, before upgrades, or now; any verified one can be restored. */
export function BackupsCard() {
  const { t, locale } = useT();
  const backups = useBackups((s) => s.backups);
  const error = useBackups((s) => s.error);
  const busy = useBackups((s) => s.busy);
  const actionError = useBackups((s) => s.actionError);
  const created = useBackups((s) => s.created);
  const restored = useBackups((s) => s.restored);
  const when = (iso: string) => formatDateTime(iso, locale);

  useEffect(() => {
    void backupsStore.getState().load();
  }, []);

  return (
    <Card
      size="small"
      data-testid="backups"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('ui.backups.title')}</h2>}
      extra={
        <Button
          loading={busy === 'create'}
          disabled={busy !== null}
          onClick={() => void backupsStore.getState().create()}
        >
          {t('ui.backups.create')}
        </Button>
      }
    >
      <div style={{ ...MUTED, marginBottom: 12 }}>{t('ui.backups.help')}</div>
      {restored ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('ui.backups.restored', { time: when(restored.createdAt) })}
          description={
            restored.result.movedAside
              ? t('ui.backups.restored_aside', { aside: restored.result.movedAside })
              : undefined
          }
        />
      ) : null}
      {created ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('ui.backups.created', { time: when(created.createdAt) })}
        />
      ) : null}
      {actionError ? <ErrorAlert error={actionError} title={t('ui.backups.failed')} /> : null}
      {error ? (
        <ErrorAlert
          error={error}
          title={t('ui.backups.load_failed')}
          onRetry={() => void backupsStore.getState().load()}
        />
      ) : (
        <Table<BackupInfo>
          aria-label={t('ui.backups.title')}
          size="small"
          rowKey="name"
          dataSource={backups}
          pagination={false}
          locale={{ emptyText: <span style={MUTED}>{t('ui.backups.empty')}</span> }}
          columns={[
            {
              key: 'time',
              title: t('ui.backups.col.time'),
              render: (_, b) => (
                <>
                  <div>{when(b.createdAt)}</div>
                  <div style={MUTED_SMALL}>{b.name}</div>
                </>
              ),
            },
            { key: 'kind', title: t('ui.backups.col.kind'), render: (_, b) => t(`backup.kind.${b.kind}`) },
            { key: 'size', title: t('ui.backups.col.size'), render: (_, b) => formatBytes(b.sizeBytes) },
            { key: 'schema', title: t('ui.backups.col.schema'), render: (_, b) => b.schemaVersion },
            {
              key: 'verified',
              title: t('ui.backups.col.verified'),
              render: (_, b) =>
                b.verified ? (
                  <Tag color="green">
                    {t('ui.backups.verified')} · {t('ui.backups.events', { count: b.events ?? 0 })}
                  </Tag>
                ) : (
                  <Tag color="red">{t('ui.backups.unverified')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('ui.backups.col.actions'),
              render: (_, b) => (
                <Popconfirm
                  title={t('ui.backups.restore_title', { time: when(b.createdAt) })}
                  description={<div style={{ maxWidth: 360 }}>{t('ui.backups.restore_body')}</div>}
                  okText={t('ui.backups.restore_ok')}
                  cancelText={t('ui.action.cancel')}
                  okButtonProps={{ danger: true, autoFocus: true, autoInsertSpace: false }}
                  cancelButtonProps={{ autoInsertSpace: false }}
                  onConfirm={() => void backupsStore.getState().restore(b.name)}
                  disabled={!b.verified || busy !== null}
                >
                  <Button size="small" disabled={!b.verified || busy !== null} loading={busy === 'restore'}>
                    {t('ui.backups.restore')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
