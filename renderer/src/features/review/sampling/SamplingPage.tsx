import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Sample } from '../../../../../shared/ipc/contracts/review';
import { useT } from '../../../app/useT';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { MUTED } from '../../../components/styles';
import { FacilityHistoryDrawer } from '../FacilityHistoryDrawer';
import { scopeFromSearch } from '../review-scope';
import { ScopeBreadcrumb } from '../ScopeBreadcrumb';
import { SAMPLING_ROUTE, reviewHref } from '../useScopeNavigation';
import { formOfSample, initialSampleForm } from './sample-form';
import { SampleForm } from './SampleForm';
import { SampleHistory } from './SampleHistory';
import { SampleResult } from './SampleResult';
import { useSamplingStore } from './store';
import '../review.css';

export async function samplingLoader(): Promise<null> {
  await useSamplingStore.getState().loadSamples();
  return null;
}

/** 明查暗访: a reproducible random sample of facilities, and of criteria to check in each, with its seed recorded. */
export function SamplingPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const scope = scopeFromSearch(search);
  const [values, setValues] = useState(() => initialSampleForm(scope.level));
  const shown = useSamplingStore((s) => s.shown);
  const drawing = useSamplingStore((s) => s.drawing);
  const drawError = useSamplingStore((s) => s.drawError);
  const draw = useSamplingStore((s) => s.draw);

  // The same request, seed and place: over an unchanged population the same sample comes out.
  const redraw = (sample: Sample) => {
    setValues(formOfSample(sample));
    void navigate(reviewHref({ path: sample.request.path }, SAMPLING_ROUTE));
    void draw({ ...sample.request, seed: sample.seed });
  };

  return (
    <div data-testid="sampling-page">
      <PageHeader
        title={t('ui.review.sampling')}
        extra={<Button onClick={() => void navigate(reviewHref(scope))}>{t('ui.review.back_to_summary')}</Button>}
      />
      <Flex vertical gap={16}>
        <div>
          <div style={MUTED}>{t('ui.review.sample.population')}</div>
          <ScopeBreadcrumb scope={scope} route={SAMPLING_ROUTE} />
        </div>
        <SampleForm
          values={values}
          onChange={setValues}
          path={scope.path}
          drawing={drawing}
          onDraw={(r) => void draw(r)}
        />
        {drawError ? <ErrorAlert error={drawError} title={t('ui.review.sample.failed')} /> : null}
        {shown ? <SampleResult sample={shown} onRedraw={redraw} /> : null}
        <SampleHistory />
      </Flex>
      <FacilityHistoryDrawer />
    </div>
  );
}
