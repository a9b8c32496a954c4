import { Button, Input, Space, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/useT';
import { useFocusRegistry, useWorkspace, useWorkspaceActions } from './workspace-context';
import { DANGER } from './tones';

interface Props {
  criterionId: string;
  disabled: boolean;
  isCurrent: boolean;
}

/** "Not applicable" always carries a reason: the mark is not saved until one is given. */
export function NotApplicableField({ criterionId, disabled, isCurrent }: Props) {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const focus = useFocusRegistry();
  const answer = useWorkspace((s) => s.answers[criterionId]);
  const byCondition = useWorkspace(
    (s) => s.scoring?.results[criterionId]?.reason.key === 'reason.not_applicable_condition',
  );
  const marked = answer?.value === null ? (answer.notApplicableReason ?? '') : undefined;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [missing, setMissing] = useState(false);
  const input = useRef<InputRef>(null);

  useEffect(() => {
    if (!isCurrent || disabled || byCondition) return undefined;
    return focus.register('na-reason', () => {
      setDraft(marked ?? '');
      setEditing(true);
      // The input mounts on this render; focus it on the next frame.
      requestAnimationFrame(() => input.current?.focus());
    });
  }, [focus, isCurrent, disabled, byCondition, marked]);

  if (byCondition) return null;

  const start = () => {
    setDraft(marked ?? '');
    setMissing(false);
    setEditing(true);
  };
  const confirm = () => {
    if (!actions.markNotApplicable(criterionId, draft)) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setEditing(false);
  };

  if (editing) {
    return (
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            ref={input}
            autoFocus
            aria-label={t('ui.workspace.na_reason')}
            aria-required
            aria-invalid={missing}
            status={missing ? 'error' : undefined}
            placeholder={t('ui.workspace.na_reason')}
            value={draft}
            maxLength={1000}
            onChange={(e) => {
              setDraft(e.target.value);
              if (e.target.value.trim()) setMissing(false);
            }}
            onPressEnter={confirm}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false);
            }}
          />
          <Button type="primary" onClick={confirm}>
            {t('ui.workspace.na_confirm')}
          </Button>
          <Button onClick={() => setEditing(false)}>{t('ui.workspace.na_cancel')}</Button>
        </Space.Compact>
        {missing ? (
          <Typography.Text style={DANGER} role="alert">
            {t('ui.workspace.na_reason_required')}
          </Typography.Text>
        ) : null}
      </Space>
    );
  }

  if (marked !== undefined) {
    return (
      <Space wrap>
        <Typography.Text data-testid="na-reason">{t('ui.workspace.na_marked', { reason: marked })}</Typography.Text>
        <Button size="small" disabled={disabled} onClick={start}>
          {t('ui.workspace.na_edit')}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => actions.clearAnswer(criterionId)}>
          {t('ui.workspace.na_undo')}
        </Button>
      </Space>
    );
  }

  return (
    <Button size="small" disabled={disabled} onClick={start}>
      {t('ui.workspace.na_mark')}
    </Button>
  );
}
