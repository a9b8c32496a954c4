import { InputNumber, Space, type GetRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Criterion } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { useFocusRegistry, useWorkspace, useWorkspaceActions } from './workspace-context';

type NumberCriterion = Extract<Criterion, { kind: 'number' | 'area' }>;

interface Props {
  criterion: NumberCriterion;
  disabled: boolean;
  /** The current criterion answers digit keys and Enter-moves-on. */
  isCurrent: boolean;
}

/** Saves on Enter (then moves to the next criterion) and when focus leaves; clearing the field clears the answer. */
export function NumberAnswer({ criterion, disabled, isCurrent }: Props) {
  const answer = useWorkspace((s) => s.answers[criterion.id]);
  const stored = typeof answer?.value === 'number' ? answer.value : null;
  // Remount on a stored change (undo, reload) so the field shows what is saved.
  return <NumberField key={String(stored)} {...{ criterion, disabled, isCurrent, stored }} />;
}

function NumberField({ criterion, disabled, isCurrent, stored }: Props & { stored: number | null }) {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const hasValue = useWorkspace((s) => typeof s.answers[criterion.id]?.value === 'number');
  const focus = useFocusRegistry();
  const input = useRef<GetRef<typeof InputNumber>>(null);
  const [draft, setDraft] = useState<number | null>(stored);
  const unit = criterion.kind === 'number' ? criterion.unit[locale] : t('ui.workspace.unit_m2');

  useEffect(() => {
    if (!isCurrent || disabled) return undefined;
    return focus.register('number', (initial) => {
      if (initial !== undefined) {
        const seeded = Number(initial);
        if (Number.isFinite(seeded)) setDraft(seeded);
      }
      input.current?.focus();
    });
  }, [focus, isCurrent, disabled]);

  const commit = () => {
    if (draft === null) {
      if (hasValue) actions.clearAnswer(criterion.id);
    } else if (draft !== stored) {
      actions.saveAnswer(criterion.id, draft);
    }
  };

  return (
    <Space.Compact>
      <InputNumber<number>
        ref={input}
        aria-label={t('ui.workspace.number_answer')}
        data-testid="number-answer"
        value={draft}
        min={criterion.kind === 'area' ? 0 : undefined}
        disabled={disabled}
        onChange={setDraft}
        onBlur={commit}
        onPressEnter={(event) => {
          event.preventDefault();
          commit();
          event.currentTarget.blur();
          if (isCurrent) {
            actions.next();
            // The next criterion, if it asks for a number too, takes the keyboard straight away.
            requestAnimationFrame(() => focus.focus('number'));
          }
        }}
        style={{ width: 160 }}
      />
      <Space.Addon>{unit}</Space.Addon>
    </Space.Compact>
  );
}
