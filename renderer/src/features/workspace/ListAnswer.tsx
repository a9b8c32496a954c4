import { Button, Checkbox, Space, Typography } from 'antd';
import type { Criterion } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

type ListCriterion = Extract<Criterion, { kind: 'list_coverage' }>;

/** The auditor ticks what is there; "none present" is an answer too, distinct from not yet looked. */
export function ListAnswer({ criterion, disabled }: { criterion: ListCriterion; disabled: boolean }) {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const value = useWorkspace((s) => s.answers[criterion.id]?.value);
  const ticked = Array.isArray(value) ? value : [];
  const all = criterion.items.map((i) => i.id);
  // Keep the standard's order whatever order the boxes were ticked in.
  const save = (ids: string[]) =>
    actions.saveAnswer(
      criterion.id,
      all.filter((id) => ids.includes(id)),
    );

  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 8 }}>
        {t('ui.workspace.items')}{' '}
        <Typography.Text style={MUTED}>
          {t('ui.workspace.items_count', { count: ticked.length, total: all.length })}
        </Typography.Text>
      </legend>
      <Checkbox.Group<string>
        value={ticked}
        disabled={disabled}
        onChange={save}
        options={criterion.items.map((item) => ({ value: item.id, label: item.label[locale] }))}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 4 }}
      />
      <Space style={{ marginTop: 8 }}>
        <Button size="small" disabled={disabled} onClick={() => save(all)}>
          {t('ui.workspace.items_all')}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => save([])}>
          {t('ui.workspace.items_none')}
        </Button>
      </Space>
    </fieldset>
  );
}
