import { Button, Segmented, Typography } from 'antd';
import type { Grade } from '../../../../shared/domain/audit';
import type { Criterion } from '../../../../shared/domain/standard';
import { useT } from '../../app/useT';
import { ListAnswer } from './ListAnswer';
import { NumberAnswer } from './NumberAnswer';
import { TextAnswer } from './TextAnswer';
import { rosterOf } from './workspace-model';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

interface Props {
  criterion: Criterion;
  disabled: boolean;
  isCurrent: boolean;
}

/** The control that fits the criterion's kind; roster-derived criteria point to their roster instead. */
export function AnswerControl({ criterion, disabled, isCurrent }: Props) {
  const roster = rosterOf(criterion);
  if (roster) return <RosterLink roster={roster} />;
  switch (criterion.kind) {
    case 'yes_no':
      return <YesNoAnswer criterionId={criterion.id} disabled={disabled} />;
    case 'number':
    case 'area':
      return <NumberAnswer criterion={criterion} disabled={disabled} isCurrent={isCurrent} />;
    case 'list_coverage':
      return <ListAnswer criterion={criterion} disabled={disabled} />;
    case 'grade':
      return <GradeAnswer criterionId={criterion.id} disabled={disabled} />;
    case 'text':
      return <TextAnswer criterionId={criterion.id} disabled={disabled} />;
    case 'roster_count':
    case 'drug_coverage':
      return null;
  }
}

type YesNo = 'yes' | 'no';

function YesNoAnswer({ criterionId, disabled }: { criterionId: string; disabled: boolean }) {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const value = useWorkspace((s) => s.answers[criterionId]?.value);
  const current: YesNo | '' = value === true ? 'yes' : value === false ? 'no' : '';
  return (
    <Segmented<YesNo | ''>
      aria-label={t('ui.workspace.answer')}
      name={`yes-no-${criterionId}`}
      value={current}
      disabled={disabled}
      options={[
        { value: 'yes', label: t('ui.workspace.yes') },
        { value: 'no', label: t('ui.workspace.no') },
      ]}
      onChange={(v) => {
        if (v) actions.saveAnswer(criterionId, v === 'yes');
      }}
      style={{ minWidth: 160 }}
    />
  );
}

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'none'];

function GradeAnswer({ criterionId, disabled }: { criterionId: string; disabled: boolean }) {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const value = useWorkspace((s) => s.answers[criterionId]?.value);
  const current = GRADES.find((g) => g === value) ?? '';
  return (
    <Segmented<Grade | ''>
      aria-label={t('ui.workspace.grade')}
      name={`grade-${criterionId}`}
      value={current}
      disabled={disabled}
      options={GRADES.map((g) => ({ value: g, label: g === 'none' ? t('grade.none') : g }))}
      onChange={(v) => {
        if (v) actions.saveAnswer(criterionId, v);
      }}
    />
  );
}

function RosterLink({ roster }: { roster: 'staff' | 'equipment' | 'drugs' }) {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const rows = useWorkspace((s) => s.rosters[roster].length);
  return (
    <Typography.Paragraph style={{ margin: 0 }}>
      <Typography.Text style={MUTED}>{t('ui.workspace.derived')} </Typography.Text>
      <Button type="link" onClick={() => actions.setTab(roster)} style={{ paddingInline: 4 }}>
        {t(`ui.workspace.open_roster.${roster}`, { count: rows })}
      </Button>
    </Typography.Paragraph>
  );
}
