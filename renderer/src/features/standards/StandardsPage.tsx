import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLoaderData } from 'react-router';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';
import { api } from '../../api';
import { useT } from '../../app/useT';

export function standardsLoader(): Promise<StandardSummary[]> {
  return api.listStandards();
}

export function StandardsPage() {
  const standards = useLoaderData<typeof standardsLoader>();
  const { t, locale } = useT();

  const columns: ColumnsType<StandardSummary> = [
    { key: 'title', title: t('ui.standards.title'), render: (_, standard) => standard.title[locale] },
    { key: 'level', title: t('ui.standards.level'), render: (_, standard) => t(`level.${standard.level}`) },
    { key: 'version', title: t('ui.standards.version'), dataIndex: 'version' },
    {
      key: 'variant',
      title: t('ui.standards.variant'),
      render: (_, standard) => standard.variant ?? <Tag>{t('ui.standards.national')}</Tag>,
    },
    { key: 'criteria', title: t('ui.standards.criteria'), dataIndex: 'criteria', align: 'right' },
    { key: 'blocking', title: t('ui.standards.blocking'), dataIndex: 'blocking', align: 'right' },
  ];

  return (
    <>
      <Typography.Title level={3}>{t('ui.nav.standards')}</Typography.Title>
      <Table<StandardSummary>
        rowKey="key"
        columns={columns}
        dataSource={standards}
        locale={{ emptyText: t('ui.standards.empty') }}
        pagination={false}
      />
    </>
  );
}
