import { Drawer, Spin, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { AuditKindSchema } from '../../../../shared/domain/audit';
import type { FacilityHistory } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { KeyboardTable, type KeyboardColumn } from '../../components/KeyboardTable';
import { TAG_COLORS } from '../../components/styles';
import { VerdictTag } from '../../components/VerdictTag';
import { auditPath } from '../audits/AuditsTable';
import { useHistoryStore } from './history-store';
import { formatScore } from './review-format';

type HistoryAudit = FacilityHistory['audits'][number];
type HistoryFinding = FacilityHistory['findings'][number];

const auditHref = (auditId: string) => auditPath({ id: auditId });
const FINDING_COLORS = {
  open: TAG_COLORS.red,
  rectifying: TAG_COLORS.orange,
  verified: TAG_COLORS.blue,
  closed: TAG_COLORS.green,
};

/** A facility's audits (revisions, superseded and current) and its findings with the audit that closed each out. */
export function FacilityHistoryDrawer() {
  const { t } = useT();
  const facility = useHistoryStore((s) => s.facility);
  const history = useHistoryStore((s) => s.history);
  const loading = useHistoryStore((s) => s.loading);
  const error = useHistoryStore((s) => s.error);
  const { open, close } = useHistoryStore.getState();
  // Leaving the page closes the drawer: coming back shows the dashboard, not an old facility.
  useEffect(() => close, [close]);

  return (
    <Drawer
      open={facility !== null}
      onClose={close}
      size={720}
      title={facility ? t('ui.review.history_of', { name: facility.name }) : null}
      closable={{ 'aria-label': t('ui.action.dismiss') }}
      destroyOnHidden
    >
      <div data-testid="facility-history">
        {error && facility ? <ErrorAlert error={error} onRetry={() => void open(facility)} /> : null}
        <Spin spinning={loading} delay={200}>
          {history ? <HistoryTables history={history} /> : null}
        </Spin>
      </div>
    </Drawer>
  );
}

function HistoryTables({ history }: { history: FacilityHistory }) {
  const { t } = useT();
  const navigate = useNavigate();
  const revisionOf = new Map(history.audits.map((a) => [a.auditId, a]));
  // The contract carries the kind as text: one this version does not know is shown as it is.
  const kindLabel = (kind: string) => {
    const known = AuditKindSchema.safeParse(kind);
    return known.success ? t(`kind.${known.data}`) : kind;
  };
  const auditName = (auditId: string) => {
    const audit = revisionOf.get(auditId);
    return audit ? t('ui.review.audit_name', { date: audit.auditDate, revision: audit.revision }) : auditId;
  };

  const auditColumns: KeyboardColumn<HistoryAudit>[] = [
    { key: 'date', title: t('ui.review.col.date'), nowrap: true, render: (a) => a.auditDate },
    { key: 'revision', title: t('ui.review.col.revision'), align: 'right', render: (a) => a.revision },
    { key: 'kind', title: t('ui.review.col.audit_kind'), render: (a) => kindLabel(a.kind) },
    {
      key: 'verdict',
      title: t('ui.review.col.verdict'),
      nowrap: true,
      render: (a) => (a.verdict ? <VerdictTag verdict={a.verdict} complete /> : t('ui.review.not_scored')),
    },
    { key: 'score', title: t('ui.review.col.score_single'), align: 'right', render: (a) => formatScore(a.score) },
    {
      key: 'flags',
      title: t('ui.review.col.flags'),
      render: (a) => (
        <>
          {a.current ? <Tag color={TAG_COLORS.green}>{t('ui.review.current')}</Tag> : null}
          {a.superseded ? <Tag>{t('ui.review.superseded')}</Tag> : null}
        </>
      ),
    },
    {
      key: 'open',
      title: t('ui.review.col.open'),
      render: (a) => (
        <Link to={auditHref(a.auditId)} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
          {t('ui.review.open_audit')}
        </Link>
      ),
    },
  ];

  const findingColumns: KeyboardColumn<HistoryFinding>[] = [
    { key: 'criterion', title: t('review.col.criterion'), nowrap: true, render: (f) => f.criterionId },
    { key: 'description', title: t('ui.review.col.description'), render: (f) => f.description },
    { key: 'audit', title: t('ui.review.col.found_in'), render: (f) => auditName(f.auditId) },
    { key: 'deadline', title: t('ui.review.col.deadline'), nowrap: true, render: (f) => f.deadline ?? '—' },
    {
      key: 'status',
      title: t('ui.review.col.status'),
      nowrap: true,
      render: (f) => <Tag color={FINDING_COLORS[f.status]}>{t(`finding_status.${f.status}`)}</Tag>,
    },
    {
      key: 'closedBy',
      title: t('ui.review.col.closed_by'),
      render: (f) => (f.closedByAuditId ? auditName(f.closedByAuditId) : '—'),
    },
  ];

  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('ui.review.history_audits', { count: history.audits.length })}
      </Typography.Title>
      <KeyboardTable
        label={t('ui.review.history_audits_table')}
        testId="history-audits"
        columns={auditColumns}
        rows={history.audits}
        rowKey={(a) => a.auditId}
        onOpen={(a) => void navigate(auditHref(a.auditId))}
        emptyText={t('ui.review.history_no_audits')}
      />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
        {t('ui.review.history_findings', { count: history.findings.length })}
      </Typography.Title>
      <KeyboardTable
        label={t('ui.review.history_findings_table')}
        testId="history-findings"
        columns={findingColumns}
        rows={history.findings}
        rowKey={(f) => f.id}
        onOpen={(f) => void navigate(auditHref(f.closedByAuditId ?? f.auditId))}
        emptyText={t('ui.review.history_no_findings')}
      />
    </>
  );
}
