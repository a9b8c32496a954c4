import { Alert, Button, Space } from 'antd';
import type { MessageKey } from '../../../../shared/i18n/format';
import { useT } from '../../app/useT';
import { otherLocale } from '../../components/error-text';
import type { SaveFailure } from './save-queue';
import { selectSaveStatus, type SaveStatus } from './selectors';
import { ToneTag, type Tone } from './tones';
import { useWorkspace, useWorkspaceActions } from './workspace-context';

const STATUS: Record<SaveStatus, { tone: Tone; key: MessageKey }> = {
  idle: { tone: 'neutral', key: 'ui.workspace.save.idle' },
  saving: { tone: 'blue', key: 'ui.workspace.save.saving' },
  saved: { tone: 'green', key: 'ui.workspace.save.saved' },
  error: { tone: 'red', key: 'ui.workspace.save.error' },
};

/** "Saved" appears only once the core has acknowledged every change. */
export function SaveIndicator() {
  const { t } = useT();
  const status = useWorkspace(selectSaveStatus);
  const pending = useWorkspace((s) => s.save.pending);
  return (
    <span role="status" aria-live="polite" data-testid="save-state" data-state={status}>
      <ToneTag tone={STATUS[status].tone} style={{ marginInlineEnd: 0 }}>
        {t(STATUS[status].key)}
        {status === 'saving' && pending > 1 ? ` (${pending})` : ''}
      </ToneTag>
    </span>
  );
}

/** Each change the core did not take, with what it was and why; retried, never dropped unasked. */
export function SaveFailures() {
  const { t } = useT();
  const failures = useWorkspace((s) => s.save.failures);
  const actions = useWorkspaceActions();
  if (failures.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="save-failures"
      title={t('ui.workspace.save.failed_title', { count: failures.length })}
      description={
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {failures.map((f) => (
            <FailureLine key={f.key} failure={f} onDiscard={() => void actions.discardFailed(f.key)} />
          ))}
        </Space>
      }
      action={
        <Button size="small" type="primary" onClick={actions.retrySaves}>
          {t('ui.workspace.save.retry')}
        </Button>
      }
    />
  );
}

function FailureLine({ failure, onDiscard }: { failure: SaveFailure; onDiscard: () => void }) {
  const { t, locale } = useT();
  const [kind = '', id = ''] = failure.key.split(/:(.*)/s);
  const what =
    kind === 'answer'
      ? t('ui.workspace.save.what_answer', { id })
      : t(
          kind === 'staff' || kind === 'equipment' || kind === 'drugs' || kind === 'finding'
            ? `ui.workspace.save.what_${kind}`
            : 'ui.workspace.save.what_other',
        );
  return (
    <div data-testid="save-failure" data-key={failure.key}>
      <div>
        <strong>{what}</strong>: {failure.message[locale]}
      </div>
      <div lang={otherLocale(locale)} style={{ opacity: 0.65 }}>
        {failure.message[otherLocale(locale)]}
      </div>
      <Space wrap>
        <span style={{ opacity: 0.8 }}>
          {failure.autoRetry
            ? t('ui.workspace.save.auto_retry', { attempts: failure.attempts })
            : t('ui.workspace.save.needs_action')}
        </span>
        <Button size="small" danger onClick={onDiscard}>
          {t('ui.workspace.save.discard')}
        </Button>
      </Space>
    </div>
  );
}
