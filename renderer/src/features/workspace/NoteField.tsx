import { Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/useT';
import { useWorkspace, useWorkspaceActions } from './workspace-context';

/** The note is stored with the answer, so it opens once the criterion has one. */
export function NoteField({ criterionId, disabled }: { criterionId: string; disabled: boolean }) {
  const answered = useWorkspace((s) => s.answers[criterionId] !== undefined);
  const stored = useWorkspace((s) => s.answers[criterionId]?.note ?? '');
  return <Note key={stored} {...{ criterionId, stored }} disabled={disabled || !answered} />;
}

function Note({ criterionId, stored, disabled }: { criterionId: string; stored: string; disabled: boolean }) {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const [draft, setDraft] = useState(stored);
  return (
    <Input.TextArea
      aria-label={t('ui.workspace.note')}
      placeholder={disabled ? t('ui.workspace.note_needs_answer') : t('ui.workspace.note')}
      value={draft}
      disabled={disabled}
      maxLength={4000}
      autoSize={{ minRows: 1, maxRows: 6 }}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== stored) actions.saveNote(criterionId, draft);
      }}
    />
  );
}
