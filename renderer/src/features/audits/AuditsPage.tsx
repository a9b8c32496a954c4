import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLoaderData } from 'react-router';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { api } from '../../api';
import { useT } from '../../app/useT';

export function auditsLoader(): Promise<AuditSummary[]> {
  return api.listAudits();
}

const VERDICT_COLORS: Record<AuditSummary['verdict'], string> = { pass: 'green', basic: 'gold', fail: 'red' };

export function AuditsPage() {
  const audits = useLoaderData<typeof auditsLoader>();
  const { t } = useT();

  const columns: ColumnsType<AuditSummary> = [
    {
      key: 'facility',
      title: t('ui.audits.facility'),
      render: (_, audit) => (
        <Space orientation="vertical" size={0}>
          <span>{audit.facilityName}</span>
          <Typography.Text type="secondary">{audit.facilityCode}</Typography.Text>
        </Space>
      ),
    },
    { key: 'level', title: t('ui.audits.level'), render: (_, audit) => t(`level.${audit.level}`) },
    { key: 'kind', title: t('ui.audits.kind'), render: (_, audit) => t(`kind.${audit.kind}`) },
    { key: 'date', title: t('ui.audits.date'), dataIndex: 'auditDate' },
    { key: 'status', title: t('ui.audits.status'), render: (_, audit) => t(`status.${audit.status}`) },
    {
      key: 'verdict',
      title: t('ui.audits.verdict'),
      render: (_, audit) => (
        <Space size={4}>
          <Tag color={VERDICT_COLORS[audit.verdict]}>{t(`verdict.${audit.verdict}`)}</Tag>
          {audit.complete ? null : <Typography.Text type="secondary">{t('ui.audits.provisional')}</Typography.Text>}
        </Space>
      ),
    },
    { key: 'score', title: t('ui.audits.score'), align: 'right', render: (_, audit) => audit.score.toFixed(1) },
  ];

  return (
    <>
      <Typography.Title level={3}>{t('ui.nav.audits')}</Typography.Title>
      <Table<AuditSummary>
        rowKey={(audit) => `${audit.id}@${audit.revision}`}
        columns={columns}
        dataSource={audits}
        locale={{ emptyText: t('ui.audits.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
    </>
  );
}
