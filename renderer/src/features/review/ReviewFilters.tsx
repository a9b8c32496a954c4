import { Flex, Input } from 'antd';
import { FACILITY_LEVELS, IsoDateSchema } from '../../../../shared/domain/common';
import type { ReviewScope } from '../../../../shared/ipc/contracts/review';
import { useT } from '../../app/useT';
import { NativeSelect } from '../../components/NativeSelect';
import { withFilters } from './review-scope';
import { useScopeNavigation } from './useScopeNavigation';

/** Facility level and as-of date; both live in the URL with the place. */
export function ReviewFilters({ scope }: { scope: ReviewScope }) {
  const { t } = useT();
  const go = useScopeNavigation();
  return (
    <Flex gap={8} wrap align="center">
      <NativeSelect
        label={t('ui.review.level')}
        allLabel={t('ui.review.all_levels')}
        width={150}
        value={scope.level ?? null}
        options={FACILITY_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
        onChange={(level) => go(withFilters(scope, { level }))}
      />
      <label htmlFor="review-as-of">{t('ui.review.as_of')}</label>
      {/* Native: typed digit by digit, and a change fires only for a whole date or an empty field. */}
      <Input
        id="review-as-of"
        type="date"
        style={{ width: 150 }}
        value={scope.asOf ?? ''}
        onChange={(event) => {
          const asOf = IsoDateSchema.safeParse(event.target.value);
          go(withFilters(scope, { asOf: asOf.success ? asOf.data : null }));
        }}
      />
    </Flex>
  );
}
