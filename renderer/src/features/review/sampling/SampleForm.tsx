import { Button, Card, Flex, Input, InputNumber, Radio } from 'antd';
import { useId, type FormEvent, type ReactNode } from 'react';
import { FACILITY_LEVELS } from '../../../../../shared/domain/common';
import type { MessageKey } from '../../../../../shared/i18n/format';
import { useT } from '../../../app/useT';
import { NativeSelect } from '../../../components/NativeSelect';
import { MUTED_SMALL, TAG_COLORS } from '../../../components/styles';
import {
  MAX_CRITERIA,
  MAX_FACILITIES,
  MAX_SEED,
  SAMPLE_METHODS,
  sampleFormProblems,
  sampleRequestOf,
  type SampleFormValues,
  type SampleInput,
} from './sample-form';

interface Props {
  values: SampleFormValues;
  onChange: (values: SampleFormValues) => void;
  path: readonly string[];
  drawing: boolean;
  onDraw: (request: SampleInput) => void;
}

/** 明查暗访: how many facilities, of which level, how chosen, how many criteria each, and an optional seed. */
export function SampleForm({ values, onChange, path, drawing, onDraw }: Props) {
  const { t } = useT();
  const problems = sampleFormProblems(values);
  const set = (patch: Partial<SampleFormValues>) => onChange({ ...values, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = sampleRequestOf(values, path);
    if (request) onDraw(request);
  };

  return (
    <Card size="small" title={t('ui.review.sample.request')}>
      <form onSubmit={submit} data-testid="sample-form">
        <Flex gap={16} wrap align="flex-start">
          <Field label={t('ui.review.sample.count')} problem={problems.facilityCount}>
            {(id, describedBy) => (
              <InputNumber<number>
                id={id}
                aria-describedby={describedBy}
                aria-invalid={problems.facilityCount ? true : undefined}
                min={1}
                max={MAX_FACILITIES}
                precision={0}
                value={values.facilityCount}
                onChange={(facilityCount) => set({ facilityCount })}
                style={{ width: 120 }}
              />
            )}
          </Field>
          <Field label={t('ui.review.level')} caption>
            {() => (
              <NativeSelect
                label={t('ui.review.level')}
                allLabel={t('ui.review.all_levels')}
                width={150}
                value={values.level}
                options={FACILITY_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
                onChange={(level) => set({ level })}
              />
            )}
          </Field>
          <Field label={t('ui.review.sample.method')} caption>
            {() => (
              <Radio.Group
                aria-label={t('ui.review.sample.method')}
                value={values.method}
                options={SAMPLE_METHODS.map((value) => ({ value, label: t(`review.method.${value}`) }))}
                onChange={(event) =>
                  set({ method: event.target.value === 'risk_weighted' ? 'risk_weighted' : 'uniform' })
                }
              />
            )}
          </Field>
          <Field label={t('ui.review.sample.criteria')} problem={problems.criteriaCount}>
            {(id, describedBy) => (
              <InputNumber<number>
                id={id}
                aria-describedby={describedBy}
                aria-invalid={problems.criteriaCount ? true : undefined}
                min={0}
                max={MAX_CRITERIA}
                precision={0}
                value={values.criteriaCount}
                onChange={(criteriaCount) => set({ criteriaCount })}
                style={{ width: 120 }}
              />
            )}
          </Field>
          <Field label={t('ui.review.sample.seed')} problem={problems.seed} hint={t('ui.review.sample.seed_hint')}>
            {(id, describedBy) => (
              <Input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={problems.seed ? true : undefined}
                maxLength={MAX_SEED + 1}
                value={values.seed}
                onChange={(event) => set({ seed: event.target.value })}
                style={{ width: 220 }}
              />
            )}
          </Field>
        </Flex>
        <Button type="primary" htmlType="submit" loading={drawing} disabled={Object.keys(problems).length > 0}>
          {t('ui.review.sample.draw')}
        </Button>
      </form>
    </Card>
  );
}

interface FieldProps {
  label: string;
  problem?: MessageKey | undefined;
  /** The control names itself (a select or a radio group): the caption is plain text, not a <label>. */
  caption?: boolean;
  hint?: string;
  /** The control, given its id and the id of the text that describes it. */
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

function Field({ label, problem, hint, caption, children }: FieldProps) {
  const { t } = useT();
  const id = useId();
  const noteId = `${id}-note`;
  const note = problem ? t(problem) : hint;
  return (
    <div style={{ marginBottom: 12 }}>
      {caption ? (
        <div style={{ marginBottom: 4 }}>{label}</div>
      ) : (
        <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
          {label}
        </label>
      )}
      {children(id, note ? noteId : undefined)}
      {note ? (
        <div
          id={noteId}
          role={problem ? 'alert' : undefined}
          style={problem ? { color: TAG_COLORS.red, fontSize: 12 } : MUTED_SMALL}
        >
          {note}
        </div>
      ) : null}
    </div>
  );
}
