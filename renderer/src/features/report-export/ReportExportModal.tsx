import { Alert, Button, Flex, Modal, Radio, Steps } from 'antd';
import { REPORT_LANGS, type ReportLang } from '../../../../shared/ipc/contracts/reports';
import type { AuditRecord } from '../../../../shared/ipc/contracts/audits';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { exportSteps, signBlock, stepProgress } from './export-view';
import { ExportResult } from './ExportResult';
import { FIELDSET, LEGEND, SignerChoice } from './SignerChoice';
import { reportExportStore, useReportExport } from './useReportExport';

interface Props {
  audit: AuditRecord;
  /** Signing locked the audit: the workspace shows the record the core now holds. */
  onAuditChanged: (audit: AuditRecord) => void;
}

/** Export the audit's report (zh-CN, en-US or both), optionally signed by chosen identities. */
export function ReportExportModal({ audit, onAuditChanged }: Props) {
  const { t } = useT();
  const open = useReportExport((s) => s.open && s.auditId === audit.id);
  const lang = useReportExport((s) => s.lang);
  const signers = useReportExport((s) => s.signerIds.length);
  const run = useReportExport((s) => s.run);
  const store = reportExportStore.getState();
  const block = signBlock(audit.status);
  const running = run.phase === 'running';

  const start = async () => {
    const locked = await reportExportStore.getState().start();
    if (locked) onAuditChanged(locked);
  };

  const footer =
    run.phase === 'done' ? (
      <Button onClick={store.close}>{t('ui.action.dismiss')}</Button>
    ) : (
      <Flex gap={8} justify="end">
        <Button onClick={store.close} disabled={running}>
          {t('ui.action.cancel')}
        </Button>
        <Button
          type="primary"
          loading={running}
          disabled={signers > 0 && block !== null}
          onClick={() => void start()}
          data-testid="export-start"
        >
          {signers > 0 ? t('ui.report.sign_action', { count: signers }) : t('ui.report.export_action')}
        </Button>
      </Flex>
    );

  return (
    <Modal
      open={open}
      width={720}
      title={t('ui.report.title')}
      onCancel={store.close}
      closable={!running}
      mask={{ closable: !running }}
      keyboard={!running}
      footer={footer}
      destroyOnHidden
      data-testid="report-export-dialog"
    >
      <Flex vertical gap={16}>
        {run.phase === 'running' || run.phase === 'done' ? (
          <Progress phase={run.phase} signers={run.phase === 'running' ? run.signers : signersOf(run)} />
        ) : null}
        {run.phase === 'done' ? <ExportResult outcome={run.outcome} auditId={audit.id} /> : null}
        {run.phase === 'idle' || run.phase === 'failed' ? (
          <>
            <fieldset style={FIELDSET}>
              <legend style={LEGEND}>{t('ui.report.lang')}</legend>
              <Radio.Group
                aria-label={t('ui.report.lang')}
                value={lang}
                onChange={(event) => store.setLang(event.target.value as ReportLang)}
                options={REPORT_LANGS.map((value) => ({ value, label: t(`ui.report.lang.${value}`) }))}
                optionType="button"
              />
            </fieldset>
            <SignerChoice block={block} />
          </>
        ) : null}
        {run.phase === 'failed' ? <ErrorAlert error={run.error} title={t('ui.report.failed')} /> : null}
      </Flex>
    </Modal>
  );
}

const signersOf = (run: { outcome: { signatures: readonly unknown[] } }) => run.outcome.signatures.length;

/** The stages, marked only as far as they are known (see stepProgress). */
function Progress({ phase, signers }: { phase: 'running' | 'done'; signers: number }) {
  const { t } = useT();
  const { current, finished } = stepProgress(phase, signers);
  const title = (key: ReturnType<typeof exportSteps>[number]) =>
    key === 'sign' ? t('ui.report.step.sign', { count: signers }) : t(`ui.report.step.${key}`);
  return (
    <Flex vertical gap={8} data-testid="export-progress" data-phase={phase}>
      <Steps
        size="small"
        current={current}
        status={finished ? 'finish' : 'process'}
        items={exportSteps(signers).map((key) => ({ title: title(key) }))}
      />
      {finished ? null : <Alert type="info" showIcon title={t('ui.report.running')} />}
    </Flex>
  );
}
