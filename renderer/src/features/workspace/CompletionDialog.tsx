import { Button, Modal, Typography } from 'antd';
import { useT } from '../../app/useT';
import { ToneTag } from './tones';
import { useWorkspace, useWorkspaceActions } from './workspace-context';

/** What still stands between the audit and 已完成, each item one click from its criterion. */
export function CompletionDialog() {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const problems = useWorkspace((s) => s.ui.completionProblems);
  const model = useWorkspace((s) => s.model);
  return (
    <Modal
      open={problems !== undefined}
      title={t('ui.workspace.completion.title')}
      onCancel={actions.closeCompletion}
      footer={
        <Button type="primary" onClick={actions.closeCompletion}>
          {t('ui.workspace.completion.close')}
        </Button>
      }
      data-testid="completion-dialog"
    >
      <Typography.Paragraph>
        {t('ui.workspace.completion.intro', { count: problems?.length ?? 0 })}
      </Typography.Paragraph>
      <ul style={{ paddingInlineStart: 18, maxHeight: 360, overflow: 'auto' }}>
        {(problems ?? []).map((p) => {
          const criterion = model?.criteria[model.indexOf.get(p.criterionId) ?? -1];
          return (
            <li key={`${p.criterionId}:${p.problem}`} data-criterion-id={p.criterionId} data-problem={p.problem}>
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                onClick={() => {
                  actions.closeCompletion();
                  actions.goTo(p.criterionId);
                }}
              >
                {`${p.criterionId} ${criterion?.title[locale] ?? ''}`}
              </Button>{' '}
              <ToneTag tone={p.problem === 'unanswered' ? 'blue' : 'orange'}>
                {t(`ui.workspace.completion.${p.problem}`)}
              </ToneTag>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
