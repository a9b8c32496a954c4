import { Flex, Input, Typography } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DrugStock, DrugStockInput } from '../../../../../shared/domain/audit';
import type { DrugCatalog } from '../../../../../shared/domain/catalog';
import { countDrugVarieties } from '../../../../../shared/logic/drug-varieties';
import { useT } from '../../../app/useT';
import { drugMerger, fieldDomId, valueOf, type DrugField, type DrugListItem } from './drug-items';
import { AddCustomButton, InStockFilter, ShownCount, VarietyCount } from './DrugListBar';
import { nameKeyCache, searchItems, searchKeys, type SearchKeys } from './drug-search';
import { DrugRow, type DrugRowActions } from './DrugRow';
import { FixedRowList, type FixedRowListHandle } from './FixedRowList';
import { usePinyin } from './usePinyin';
import './rosters.css';

export interface DrugStockListProps {
  rows: DrugStock[];
  catalog: DrugCatalog;
  minVarieties?: number | undefined;
  onSave(row: DrugStockInput & { id?: string }): Promise<void>;
  onRemove(id: string): Promise<void>;
  disabled: boolean;
}

const LIST_HEIGHT = 520;
/** .dabiao-drug-row's height, border included (rosters.css). */
const ROW_HEIGHT = 53;
const PAGE = 10;
const NO_KEYS: SearchKeys = { name: '', nameEn: '', initials: '', pinyin: '' };
const keyOf = (item: DrugListItem) => item.key;

/** Frames to wait for a row scrolled into view to be rendered before focusing it. */
const FOCUS_ATTEMPTS = 4;

function focusField(key: string, field: DrugField, attempt = 0): void {
  const el = document.getElementById(fieldDomId(key, field));
  if (el instanceof HTMLInputElement) {
    el.focus();
    if (el.type === 'text') el.select();
  } else if (attempt < FOCUS_ATTEMPTS) {
    requestAnimationFrame(() => focusField(key, field, attempt + 1));
  }
}

/**
 * The drug stock of an audit over the whole catalogue, virtualised for 700+ items. Saving goes
 * through `onSave` (the workspace store shows the change at once and queues it); this component
 * only turns keys into rows.
 */
export function DrugStockList({ rows, catalog, minVarieties, onSave, onRemove, disabled }: DrugStockListProps) {
  const { t } = useT();
  const [query, setQuery] = useState('');
  const [inStockOnly, setInStockOnly] = useState(false);
  const [activeKey, setActiveKey] = useState<string>();
  const listRef = useRef<FixedRowListHandle>(null);
  const pinyinOf = usePinyin();

  const [merge] = useState(drugMerger);
  const items = useMemo(() => merge(catalog, rows), [merge, catalog, rows]);
  // Catalogue keys are computed once per catalogue (and again once pinyin-pro arrives), not per keystroke.
  const catalogKeys = useMemo(
    () =>
      new Map(
        catalog.items.map((i) => [i.code, searchKeys(i.genericName, i.nameEn, i.pinyinInitials, pinyinOf)] as const),
      ),
    [catalog, pinyinOf],
  );
  // Names outside the catalogue get their keys when a search first needs them, once per name.
  const nameKeys = useMemo(() => nameKeyCache(pinyinOf), [pinyinOf]);
  const keysOf = useCallback(
    (item: DrugListItem): SearchKeys =>
      item.catalogItem
        ? (catalogKeys.get(item.catalogItem.code) ?? NO_KEYS)
        : item.row
          ? nameKeys(item.row.genericName)
          : NO_KEYS,
    [catalogKeys, nameKeys],
  );

  const shown = useMemo(() => {
    const base = inStockOnly ? items.filter((i) => i.row?.inStock === true) : items;
    return searchItems(base, keysOf, query);
  }, [items, inStockOnly, keysOf, query]);

  const varieties = useMemo(() => countDrugVarieties(rows, { essentialOnly: true, catalog }), [rows, catalog]);

  const active = shown.some((i) => i.key === activeKey) ? activeKey : shown[0]?.key;
  const trimmed = query.trim();
  const names = useMemo(() => new Set(items.map((i) => i.row?.genericName ?? i.catalogItem?.genericName)), [items]);
  const canAddCustom = trimmed !== '' && !names.has(trimmed);

  // The row handlers read the latest props through this ref, so they never change identity.
  const latest = useRef({ items, shown, onSave, onRemove, disabled });
  useLayoutEffect(() => {
    latest.current = { items, shown, onSave, onRemove, disabled };
  });

  const actions = useMemo<
    DrugRowActions & { addCustom(name: string): void; step(from: string | undefined, delta: number): void }
  >(() => {
    const find = (key: string) => latest.current.items.find((i) => i.key === key);
    const save = (item: DrugListItem, change: Partial<DrugStockInput>) => {
      if (latest.current.disabled) return;
      const next: DrugStockInput = { ...valueOf(item), ...change };
      for (const field of ['quantity', 'nearestExpiry'] as const) if (next[field] === undefined) delete next[field];
      void latest.current.onSave(item.row ? { ...next, id: item.row.id } : next);
    };
    const goTo = (key: string) => {
      setActiveKey(key);
      listRef.current?.showIndex(latest.current.shown.findIndex((i) => i.key === key));
    };
    return {
      toggle(key) {
        const item = find(key);
        if (item) save(item, { inStock: !valueOf(item).inStock });
      },
      setQuantity(key, quantity) {
        const item = find(key);
        if (!item || quantity === valueOf(item).quantity) return;
        // A counted quantity means the drug is there.
        save(item, { quantity, ...(quantity !== undefined && quantity > 0 ? { inStock: true } : {}) });
      },
      setExpiry(key, nearestExpiry) {
        const item = find(key);
        if (item && nearestExpiry !== valueOf(item).nearestExpiry) save(item, { nearestExpiry });
      },
      remove(key) {
        const row = find(key)?.row;
        if (row && !latest.current.disabled) void latest.current.onRemove(row.id);
      },
      activate(key) {
        setActiveKey(key);
      },
      move(key, field, delta) {
        const { shown } = latest.current;
        const next = shown[shown.findIndex((i) => i.key === key) + delta];
        if (!next) return;
        goTo(next.key);
        focusField(next.key, field);
      },
      step(from, delta) {
        const { shown } = latest.current;
        if (shown.length === 0) return;
        const at = from === undefined ? -1 : shown.findIndex((i) => i.key === from);
        const index = Math.max(0, Math.min(shown.length - 1, at + delta));
        const next = shown[index];
        if (next) goTo(next.key);
      },
      addCustom(name) {
        if (latest.current.disabled) return;
        void latest.current.onSave({ genericName: name, inStock: true });
      },
    };
  }, []);

  // A new query (or filter) shows its best match at the top.
  useEffect(() => {
    listRef.current?.scrollToTop();
  }, [query, inStockOnly]);

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE };
    const delta = steps[event.key];
    if (delta !== undefined && !event.shiftKey) {
      event.preventDefault();
      actions.step(active, delta);
    } else if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      if (canAddCustom) actions.addCustom(trimmed);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active !== undefined) actions.toggle(active);
      // The next drug's initials then replace this query.
      event.currentTarget.select();
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      setActiveKey(undefined);
    }
  };

  return (
    <Flex vertical gap={8} data-testid="drug-stock-list">
      <Flex gap={12} align="center" wrap>
        <Input
          type="search"
          value={query}
          onChange={(e) => {
            // A new query starts again from its best match.
            setQuery(e.target.value);
            setActiveKey(undefined);
          }}
          onKeyDown={onSearchKeyDown}
          aria-label={t('ui.rosters.drugs.search')}
          aria-controls="drug-list"
          placeholder={t('ui.rosters.drugs.search_placeholder')}
          style={{ maxWidth: 360 }}
          autoComplete="off"
          spellCheck={false}
        />
        <VarietyCount count={varieties} min={minVarieties} />
        <ShownCount shown={shown.length} total={items.length} />
      </Flex>
      {/* Right after the search box in tab order, so Tab lands on the highlighted drug. */}
      <div id="drug-list" role="group" aria-label={t('ui.rosters.drugs.list')} data-testid="drug-list">
        {shown.length === 0 ? (
          <Typography.Paragraph className="dabiao-muted">
            {t('ui.rosters.drugs.no_results', { query: trimmed })}
          </Typography.Paragraph>
        ) : (
          <FixedRowList<DrugListItem>
            ref={listRef}
            items={shown}
            rowKey={keyOf}
            rowHeight={ROW_HEIGHT}
            maxHeight={LIST_HEIGHT}
            renderRow={(item) => (
              <DrugRow item={item} active={item.key === active} disabled={disabled} actions={actions} />
            )}
          />
        )}
      </div>
      <Flex gap={12} align="center" wrap>
        {canAddCustom ? <AddCustomButton name={trimmed} disabled={disabled} onAdd={actions.addCustom} /> : null}
        <InStockFilter checked={inStockOnly} onChange={setInStockOnly} />
      </Flex>
    </Flex>
  );
}
