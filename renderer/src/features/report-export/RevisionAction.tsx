import { Button, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reportExportStore, useReportExport } from './useReportExport';

/** "Start correction revision" for a locked audit; opens the new revision's workspace. */
export function StartRevisionButton({ auditId, primary = false }: { auditId: string; primary?: boolean }) {
  const { t } = useT();
  const navigate = useNavigate();
  const busy = useReportExport((s) => s.revision.busy && s.revision.auditId === auditId);
  const start = async () => {
    const next = await reportExportStore.getState().startRevision(auditId);
    if (next) void navigate(`/audits/${encodeURIComponent(next.id)}`);
  };
  return (
    <Button type={primary ? 'primary' : 'default'} size="small" loading={busy} onClick={() => void start()}>
      {t('ui.report.start_revision')}
    </Button>
  );
}

/** Why no revision was started; when one already corrects this audit, a way to open it. */
export function RevisionError({ auditId }: { auditId: string }) {
  const { t } = useT();
  const navigate = useNavigate();
  const error = useReportExport((s) => (s.revision.auditId === auditId ? s.revision.error : null));
  const existing = useReportExport((s) => s.revision.existing);
  if (!error) return null;
  const close = () => reportExportStore.getState().clearRevisionError();
  return (
    <Flex vertical gap={8}>
      <ErrorAlert error={error} title={t('ui.report.revision_failed')} onClose={close} />
      {existing ? (
        <Button
          size="small"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            close();
            void navigate(`/audits/${encodeURIComponent(existing)}`);
          }}
        >
          {t('ui.report.open_revision')}
        </Button>
      ) : null}
    </Flex>
  );
}
