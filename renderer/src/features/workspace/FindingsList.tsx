import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Finding } from '../../../../shared/ipc/contracts/findings';
import { useT } from '../../app/useT';
import { selectReadOnly } from './selectors';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

/** Findings of this audit with their corrective actions; new ones start from a failed criterion (`f`). */
export function FindingsList() {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const findings = useWorkspace((s) => s.findings);
  const model = useWorkspace((s) => s.model);
  const readOnly = useWorkspace(selectReadOnly);
  const titleOf = (id: string) => model?.criteria[model.indexOf.get(id) ?? -1]?.title[locale] ?? '';

  const columns: ColumnsType<Finding> = [
    {
      key: 'criterion',
      title: t('ui.workspace.findings.criterion'),
      width: 200,
      render: (_, f) => (
        <Button
          type="link"
          onClick={() => actions.goTo(f.criterionId)}
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
        >
          {`${f.criterionId} ${titleOf(f.criterionId)}`}
        </Button>
      ),
    },
    { key: 'description', title: t('ui.workspace.findings.description'), dataIndex: 'description', width: 260 },
    {
      key: 'action',
      title: t('ui.workspace.findings.corrective_action'),
      dataIndex: 'correctiveAction',
      width: 220,
    },
    { key: 'responsible', title: t('ui.workspace.findings.responsible'), dataIndex: 'responsible', width: 100 },
    { key: 'deadline', title: t('ui.workspace.findings.deadline'), dataIndex: 'deadline', width: 120 },
    {
      key: 'status',
      title: t('ui.workspace.findings.status'),
      width: 90,
      render: (_, f) => <Tag>{t(`finding_status.${f.status}`)}</Tag>,
    },
    {
      key: 'actions',
      title: t('ui.workspace.findings.actions'),
      width: 150,
      render: (_, f) => (
        <Space size={4}>
          <Button size="small" disabled={readOnly} onClick={() => actions.editFinding(f.id)}>
            {t('ui.workspace.findings.edit')}
          </Button>
          <Popconfirm
            title={t('ui.workspace.findings.remove_confirm')}
            okText={t('ui.workspace.findings.remove')}
            cancelText={t('ui.workspace.finding_form.cancel')}
            onConfirm={() => void actions.removeFinding(f.id)}
            disabled={readOnly}
          >
            <Button size="small" danger disabled={readOnly}>
              {t('ui.workspace.findings.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <section aria-label={t('ui.workspace.tab.findings')} data-testid="findings-list">
      <Typography.Paragraph style={MUTED}>{t('ui.workspace.findings.hint')}</Typography.Paragraph>
      <Table<Finding>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...findings]}
        pagination={false}
        // An empty table must not be a scroll region: there would be nothing in it to focus.
        scroll={findings.length > 0 ? { x: 1140 } : undefined}
        locale={{ emptyText: <span style={MUTED}>{t('ui.workspace.findings.empty')}</span> }}
      />
    </section>
  );
}
