import { Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/useT';
import { useWorkspace, useWorkspaceActions } from './workspace-context';

/** Saved when focus leaves the field: a keystroke is not a change worth a round trip. */
export function TextAnswer({ criterionId, disabled }: { criterionId: string; disabled: boolean }) {
  const value = useWorkspace((s) => s.answers[criterionId]?.value);
  const stored = typeof value === 'string' ? value : '';
  return <TextField key={stored} criterionId={criterionId} disabled={disabled} stored={stored} />;
}

function TextField({ criterionId, disabled, stored }: { criterionId: string; disabled: boolean; stored: string }) {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const [draft, setDraft] = useState(stored);
  const commit = () => {
    if (draft === stored) return;
    if (draft.trim()) actions.saveAnswer(criterionId, draft);
    else actions.clearAnswer(criterionId);
  };
  return (
    <Input.TextArea
      aria-label={t('ui.workspace.text_answer')}
      value={draft}
      disabled={disabled}
      maxLength={4000}
      autoSize={{ minRows: 2, maxRows: 8 }}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
    />
  );
}
