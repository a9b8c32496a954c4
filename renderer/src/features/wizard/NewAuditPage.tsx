import { Alert, Button, Card, Flex, Steps } from 'antd';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { Facility } from '../../../../shared/domain/facility';
import { api } from '../../api';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { submitOnEnter } from '../../components/form-keys';
import { PageHeader } from '../../components/PageHeader';
import { FacilityFormModal } from '../facilities/FacilityFormModal';
import { useSettingsStore } from '../settings/store';
import { ConfirmStep } from './ConfirmStep';
import { FacilityStep } from './FacilityStep';
import { KindStep } from './KindStep';
import { StandardStep } from './StandardStep';
import { useWizardStore } from './store';
import { TeamStep } from './TeamStep';
import { LAST_STEP, WIZARD_STEPS, firstIncompleteStep, localIsoDate } from './wizard-logic';

/** A fresh wizard on every visit; `?facility=<id>` (from the facilities screen) starts at the standard. */
export async function newAuditLoader({ request }: LoaderFunctionArgs): Promise<null> {
  const wizard = useWizardStore.getState();
  wizard.reset(localIsoDate(new Date()), useSettingsStore.getState().profile);
  const facilityId = new URL(request.url).searchParams.get('facility');
  const search = wizard.searchFacilities('');
  if (facilityId) {
    await wizard.chooseFacility(await api.getFacility({ id: facilityId }));
    wizard.next();
  }
  await search;
  return null;
}

export function NewAuditPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const step = useWizardStore((s) => s.step);
  const reachable = useWizardStore(firstIncompleteStep);
  const shownProblems = useWizardStore((s) => s.shownProblems);
  const creating = useWizardStore((s) => s.creating);
  const error = useWizardStore((s) => s.error);
  const { next, back, goTo, chooseFacility, create } = useWizardStore.getState();
  const submitRef = useRef<HTMLButtonElement>(null);
  const [creatingFacility, setCreatingFacility] = useState(false);
  const last = step === LAST_STEP;

  // On the last step Enter creates: the button takes the focus.
  useEffect(() => {
    if (last) submitRef.current?.focus();
  }, [last]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!last) {
      next();
      return;
    }
    const audit = await create();
    if (audit) void navigate(`/audits/${encodeURIComponent(audit.id)}`);
  };

  const onChosen = (facility: Facility) => {
    void chooseFacility(facility);
    next();
  };

  const panes = {
    facility: <FacilityStep onChosen={onChosen} onCreate={() => setCreatingFacility(true)} />,
    standard: <StandardStep />,
    kind: <KindStep />,
    team: <TeamStep />,
    confirm: <ConfirmStep />,
  } as const;
  const current = WIZARD_STEPS[step] ?? 'facility';

  return (
    <>
      <PageHeader title={t('ui.wizard.title')} />
      <Steps
        current={step}
        onChange={goTo}
        items={WIZARD_STEPS.map((name, index) => ({ title: t(`ui.wizard.step.${name}`), disabled: index > reachable }))}
        style={{ marginBottom: 16 }}
      />
      <form aria-label={t('ui.wizard.title')} onSubmit={(event) => void onSubmit(event)} onKeyDown={submitOnEnter}>
        <Card title={t(`ui.wizard.step.${current}`)} data-testid={`wizard-step-${current}`}>
          {panes[current]}
        </Card>
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          {shownProblems.length > 0 ? (
            <Alert type="warning" showIcon role="alert" title={shownProblems.map((key) => t(key)).join(' ')} />
          ) : null}
          {error ? <ErrorAlert error={error} /> : null}
          <Flex justify="space-between">
            <Button onClick={() => void navigate('/audits')}>{t('ui.action.cancel')}</Button>
            <Flex gap={8}>
              <Button disabled={step === 0} onClick={back}>
                {t('ui.wizard.back')}
              </Button>
              <Button
                ref={submitRef}
                type="primary"
                htmlType="submit"
                loading={creating}
                aria-keyshortcuts="Control+Enter"
              >
                {last ? t('ui.wizard.create') : t('ui.wizard.next')}
              </Button>
            </Flex>
          </Flex>
        </Flex>
      </form>
      <FacilityFormModal
        open={creatingFacility}
        facility={null}
        onClose={() => setCreatingFacility(false)}
        onSaved={(facility) => {
          setCreatingFacility(false);
          onChosen(facility);
        }}
      />
    </>
  );
}
