import { Progress, Tag } from 'antd';
import type { Ref } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AuditStatus, AuditSummary } from '../../../../shared/domain/audit';
import { useT } from '../../app/useT';
import { KeyboardTable, type KeyboardColumn, type KeyboardTableHandle } from '../../components/KeyboardTable';
import { VerdictTag } from '../../components/VerdictTag';
import { progressPercent } from './audit-filters';
import { MUTED_SMALL } from '../../components/styles';
import { TAG_COLORS } from '../../components/styles';

const STATUS_COLORS: Record<AuditStatus, string | undefined> = {
  draft: undefined,
  in_progress: TAG_COLORS.blue,
  completed: TAG_COLORS.green,
  signed: TAG_COLORS.purple,
  exported: TAG_COLORS.cyan,
};

export const auditPath = (audit: Pick<AuditSummary, 'id'>) => `/audits/${encodeURIComponent(audit.id)}`;

interface Props {
  audits: readonly AuditSummary[];
  loading: boolean;
  handleRef: Ref<KeyboardTableHandle>;
}

export function AuditsTable({ audits, loading, handleRef }: Props) {
  const { t } = useT();
  const navigate = useNavigate();

  const columns: KeyboardColumn<AuditSummary>[] = [
    {
      key: 'facility',
      title: t('ui.audits.facility'),
      render: (audit) => (
        <>
          {/* Out of the tab order: the row itself is the keyboard target. */}
          <Link to={auditPath(audit)} tabIndex={-1} onClick={(event) => event.stopPropagation()}>
            {audit.facilityName}
          </Link>
          <div style={MUTED_SMALL}>{audit.facilityCode}</div>
        </>
      ),
    },
    { key: 'level', title: t('ui.audits.level'), render: (audit) => t(`level.${audit.level}`) },
    {
      key: 'kind',
      title: t('ui.audits.kind'),
      render: (audit) => (
        <>
          {t(`kind.${audit.kind}`)}
          {audit.announced ? null : <Tag style={{ marginInlineStart: 6 }}>{t('ui.audits.unannounced')}</Tag>}
        </>
      ),
    },
    { key: 'date', title: t('ui.audits.date'), nowrap: true, render: (audit) => audit.auditDate },
    {
      key: 'status',
      title: t('ui.audits.status'),
      nowrap: true,
      render: (audit) => <Tag color={STATUS_COLORS[audit.status]}>{t(`status.${audit.status}`)}</Tag>,
    },
    {
      key: 'progress',
      title: t('ui.audits.progress'),
      width: 160,
      render: (audit) => {
        const label = t('ui.audits.progress_value', { answered: audit.answered, applicable: audit.applicable });
        return (
          <>
            <Progress percent={progressPercent(audit)} size="small" showInfo={false} aria-label={label} />
            <div style={{ fontSize: 12 }}>{label}</div>
          </>
        );
      },
    },
    { key: 'verdict', title: t('ui.audits.verdict'), nowrap: true, render: (audit) => <VerdictTag {...audit} /> },
    {
      key: 'score',
      title: t('ui.audits.score'),
      align: 'right',
      nowrap: true,
      render: (audit) => audit.score.toFixed(1),
    },
  ];

  return (
    <KeyboardTable
      label={t('ui.audits.table')}
      testId="audits-table"
      columns={columns}
      rows={audits}
      rowKey={(audit) => `${audit.id}@${audit.revision}`}
      onOpen={(audit) => void navigate(auditPath(audit))}
      emptyText={t('ui.audits.empty')}
      loading={loading}
      handleRef={handleRef}
    />
  );
}
