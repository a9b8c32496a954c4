import { Alert, Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { AuditStatus } from '../../../../shared/domain/audit';
import { useT } from '../../app/useT';
import { RevisionError, StartRevisionButton } from '../report-export/RevisionAction';
import { reportExportStore } from '../report-export/useReportExport';
import { signaturesStore } from '../signatures/useSignatures';
import { SaveFailures, SaveIndicator } from './SaveIndicator';
import { selectReadOnly } from './selectors';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED, ToneTag, type Tone } from './tones';

const STATUS_TONES: Record<AuditStatus, Tone> = {
  draft: 'neutral',
  in_progress: 'blue',
  completed: 'green',
  signed: 'purple',
  exported: 'purple',
};

/** Who is audited, how, where the audit stands, and whether every change is saved. */
export function WorkspaceHeader() {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const audit = useWorkspace((s) => s.audit);
  const facility = useWorkspace((s) => s.facility);
  const standardTitle = useWorkspace((s) => s.model?.standard.title[locale]);
  const readOnly = useWorkspace(selectReadOnly);
  const busy = useWorkspace((s) => s.statusBusy);
  const statusError = useWorkspace((s) => s.statusError);
  const undoDepth = useWorkspace((s) => s.undoDepth);
  if (!audit || !facility) return null;

  return (
    <header data-testid="workspace-header" style={{ marginBottom: 12 }}>
      <Space wrap align="center" style={{ width: '100%', justifyContent: 'space-between' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {facility.name}
          </Typography.Title>
          <Space size={4} wrap>
            <Typography.Text style={MUTED}>{facility.code}</Typography.Text>
            <Tag>{t(`level.${facility.level}`)}</Tag>
            <Tag>{t(`kind.${audit.kind}`)}</Tag>
            <Tag>{t(audit.announced ? 'ui.workspace.announced' : 'ui.workspace.unannounced')}</Tag>
            <ToneTag tone={STATUS_TONES[audit.status]} data-testid="audit-status" data-status={audit.status}>
              {t(`status.${audit.status}`)}
            </ToneTag>
            <Typography.Text style={MUTED}>{t('ui.workspace.audit_date', { date: audit.auditDate })}</Typography.Text>
            {standardTitle ? <Typography.Text style={MUTED}>· {standardTitle}</Typography.Text> : null}
          </Space>
        </div>
        <Space wrap>
          <SaveIndicator />
          <Tooltip title={t('ui.workspace.undo_hint')}>
            <Button onClick={actions.undo} disabled={readOnly || undoDepth === 0}>
              {t('ui.workspace.undo')}
            </Button>
          </Tooltip>
          <Button onClick={() => actions.setShortcutsOpen(true)} aria-keyshortcuts="?">
            {t('ui.workspace.shortcuts_button')}
          </Button>
          <Button onClick={() => signaturesStore.getState().openFor(audit.id)}>{t('ui.signatures.button')}</Button>
          <Button onClick={() => reportExportStore.getState().openFor(audit.id, locale)}>
            {t('ui.report.export_button')}
          </Button>
          {audit.status === 'completed' ? (
            <Button onClick={() => void actions.reopen()} loading={busy} disabled={readOnly}>
              {t('ui.workspace.reopen')}
            </Button>
          ) : (
            <Button type="primary" onClick={() => void actions.complete()} loading={busy} disabled={readOnly}>
              {t('ui.workspace.complete')}
            </Button>
          )}
        </Space>
      </Space>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
        {readOnly ? (
          <Alert
            type="info"
            showIcon
            title={t('ui.workspace.locked')}
            data-testid="locked-notice"
            action={<StartRevisionButton auditId={audit.id} />}
          />
        ) : null}
        {readOnly ? <RevisionError auditId={audit.id} /> : null}
        <SaveFailures />
        {statusError ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="status-error"
            title={t('ui.workspace.status_error_title')}
            description={statusError[locale]}
            closable={{ onClose: actions.dismissStatusError }}
          />
        ) : null}
      </Space>
    </header>
  );
}
