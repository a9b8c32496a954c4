import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Tag } from 'antd';
import { memo, type KeyboardEvent } from 'react';
import { useT } from '../../../app/useT';
import { parseExpiry } from './expiry-date';
import { displayName, fieldDomId, rowDomId, valueOf, type DrugField, type DrugListItem } from './drug-items';
import { arrowDelta } from './grid-keys';
import { TextCell } from './TextCell';

/** Stable for the list's lifetime, so a row re-renders only when its own item or state changes. */
export interface DrugRowActions {
  toggle(key: string): void;
  setQuantity(key: string, quantity: number | undefined): void;
  setExpiry(key: string, expiry: string | undefined): void;
  remove(key: string): void;
  activate(key: string): void;
  move(key: string, field: DrugField, delta: -1 | 1): void;
}

interface Props {
  item: DrugListItem;
  active: boolean;
  disabled: boolean;
  actions: DrugRowActions;
}

const DIGITS = /^\d{0,7}$/;

export const DrugRow = memo(function DrugRow({ item, active, disabled, actions }: Props) {
  const { t, locale } = useT();
  const value = valueOf(item);
  const name = displayName(item, locale);
  const catalogItem = item.catalogItem;
  const tabIndex = active ? 0 : -1;

  const onStockKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const delta = arrowDelta(event);
    if (delta !== undefined) {
      event.preventDefault();
      actions.move(item.key, 'stock', delta);
      return;
    }
    // A digit starts the quantity: focus moves now, and the browser types the digit into the field.
    if (/^\d$/.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey && !disabled) {
      const quantity = document.getElementById(fieldDomId(item.key, 'quantity'));
      if (quantity instanceof HTMLInputElement) {
        quantity.focus();
        quantity.select();
      }
    }
  };

  return (
    <div
      id={rowDomId(item.key)}
      role="group"
      aria-label={name}
      aria-current={active || undefined}
      data-testid={`drug-row-${item.key}`}
      className={`dabiao-drug-row${active ? ' dabiao-drug-row-active' : ''}`}
      onFocus={() => actions.activate(item.key)}
    >
      <Checkbox
        id={fieldDomId(item.key, 'stock')}
        checked={value.inStock}
        disabled={disabled}
        tabIndex={tabIndex}
        aria-label={t('ui.rosters.drugs.in_stock_of', { name })}
        onChange={() => actions.toggle(item.key)}
        onKeyDown={onStockKeyDown}
      />
      {/* Plain spans with CSS ellipsis: antd's measured ellipsis costs a layout per row per render. */}
      <div className="dabiao-drug-name">
        <span className="dabiao-drug-title">{name}</span>
        <span className="dabiao-muted dabiao-drug-meta">
          {catalogItem ? (
            [
              locale === 'en-US' ? catalogItem.genericName : catalogItem.nameEn,
              catalogItem.pinyinInitials,
              catalogItem.category,
              catalogItem.dosageForms,
            ]
              .filter(Boolean)
              .join(' · ')
          ) : (
            <Tag>{t('ui.rosters.drugs.custom_tag')}</Tag>
          )}
        </span>
      </div>
      <TextCell
        id={fieldDomId(item.key, 'quantity')}
        value={value.quantity === undefined ? '' : String(value.quantity)}
        label={t('ui.rosters.drugs.quantity_of', { name })}
        placeholder={t('ui.rosters.drugs.quantity_placeholder')}
        inputMode="numeric"
        accept={(text) => DIGITS.test(text)}
        width={84}
        tabIndex={tabIndex}
        disabled={disabled}
        onCommit={(text) => actions.setQuantity(item.key, text === '' ? undefined : Number(text))}
        onMove={(delta) => actions.move(item.key, 'quantity', delta)}
      />
      <TextCell
        id={fieldDomId(item.key, 'expiry')}
        value={value.nearestExpiry ?? ''}
        label={t('ui.rosters.drugs.expiry_of', { name })}
        placeholder={t('ui.rosters.drugs.expiry_placeholder')}
        invalidText={t('ui.rosters.drugs.expiry_invalid')}
        maxLength={12}
        width={116}
        tabIndex={tabIndex}
        disabled={disabled}
        onCommit={(text) => {
          const parsed = parseExpiry(text);
          if (!parsed.ok) return false;
          actions.setExpiry(item.key, parsed.value);
          return true;
        }}
        onMove={(delta) => actions.move(item.key, 'expiry', delta)}
      />
      <span className="dabiao-drug-remove">
        {item.catalogItem === undefined && item.row ? (
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            tabIndex={tabIndex}
            disabled={disabled}
            aria-label={t('ui.rosters.drugs.remove_of', { name })}
            onClick={() => actions.remove(item.key)}
          />
        ) : null}
      </span>
    </div>
  );
});
