import { CheckCircleFilled, PlusOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Checkbox, Typography } from 'antd';
import { memo } from 'react';
import { useT } from '../../../app/useT';

/*
 * The drug list's counts and controls around the rows, each memoised on its few props: a keystroke
 * in the search box then re-renders only the ones whose text changed.
 */

export const VarietyCount = memo(function VarietyCount({ count, min }: { count: number; min: number | undefined }) {
  const { t } = useT();
  return (
    <Typography.Text>
      {min !== undefined && count < min ? (
        <WarningFilled aria-hidden className="dabiao-warning-icon" />
      ) : (
        <CheckCircleFilled aria-hidden className="dabiao-ok-icon" />
      )}{' '}
      <span role="status" data-testid="drug-variety-count">
        {min === undefined
          ? t('ui.rosters.drugs.varieties', { count })
          : t('ui.rosters.drugs.varieties_min', { count, min })}
      </span>
    </Typography.Text>
  );
});

export const ShownCount = memo(function ShownCount({ shown, total }: { shown: number; total: number }) {
  const { t } = useT();
  return (
    <Typography.Text className="dabiao-muted" data-testid="drug-shown-count">
      {t('ui.rosters.drugs.shown', { shown, total })}
    </Typography.Text>
  );
});

export const AddCustomButton = memo(function AddCustomButton(props: {
  name: string;
  disabled: boolean;
  onAdd(name: string): void;
}) {
  const { t } = useT();
  return (
    <Button
      autoInsertSpace={false}
      icon={<PlusOutlined />}
      disabled={props.disabled}
      onClick={() => props.onAdd(props.name)}
    >
      {t('ui.rosters.drugs.add_custom', { name: props.name })}
    </Button>
  );
});

export const InStockFilter = memo(function InStockFilter(props: {
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useT();
  return (
    <>
      <Checkbox checked={props.checked} onChange={(e) => props.onChange(e.target.checked)}>
        {t('ui.rosters.drugs.in_stock_only')}
      </Checkbox>
      <Typography.Text className="dabiao-muted">{t('ui.rosters.drugs.hint')}</Typography.Text>
    </>
  );
});
