import type { DrugStock, DrugStockInput } from '../../../../../shared/domain/audit';
import type { DrugCatalog, DrugCatalogItem } from '../../../../../shared/domain/catalog';
import type { Locale } from '../../../../../shared/domain/common';

/** One line of the drug list: a catalogue drug (with or without a saved row) or a drug outside it. */
export interface DrugListItem {
  /** The catalogue code, or `row:<id>` for a row that no catalogue item stands for. */
  key: string;
  catalogItem: DrugCatalogItem | undefined;
  row: DrugStock | undefined;
}

export type DrugField = 'stock' | 'quantity' | 'expiry';

/**
 * The catalogue in its own order with each saved row on its item, then the rows no catalogue
 * item stands for (drugs outside the list, and any second row of one code, so nothing is hidden).
 * Lines unchanged since `previous` keep their objects.
 */
export function mergeDrugs(
  catalog: DrugCatalog,
  rows: readonly DrugStock[],
  previous: readonly DrugListItem[] = [],
): DrugListItem[] {
  const byCode = new Map<string, DrugStock>();
  const others: DrugListItem[] = [];
  const codes = new Set(catalog.items.map((i) => i.code));
  for (const row of rows) {
    if (row.catalogCode !== undefined && codes.has(row.catalogCode) && !byCode.has(row.catalogCode))
      byCode.set(row.catalogCode, row);
    else others.push({ key: `row:${row.id}`, catalogItem: undefined, row });
  }
  const listed = catalog.items.map((item) => ({ key: item.code, catalogItem: item, row: byCode.get(item.code) }));
  return keepUnchanged([...listed, ...others], previous);
}

/**
 * Each line that stands for the same catalogue item and row as before keeps its object, so a
 * memoised row re-renders only when its own drug changed (one toggle: one row).
 */
function keepUnchanged(next: DrugListItem[], previous: readonly DrugListItem[]): DrugListItem[] {
  if (previous.length === 0) return next;
  const before = new Map(previous.map((i) => [i.key, i]));
  return next.map((item) => {
    const old = before.get(item.key);
    return old && old.catalogItem === item.catalogItem && old.row === item.row ? old : item;
  });
}

/** The row as saved, or what a catalogue drug without a row means: not (yet) in stock. */
export function valueOf(item: DrugListItem): DrugStockInput {
  if (item.row) {
    const { id: _id, ...value } = item.row;
    return value;
  }
  const code = item.catalogItem?.code;
  return {
    ...(code === undefined ? {} : { catalogCode: code }),
    genericName: item.catalogItem?.genericName ?? '',
    inStock: false,
  };
}

export function displayName(item: DrugListItem, locale: Locale): string {
  const name = item.row?.genericName ?? item.catalogItem?.genericName ?? '';
  return locale === 'en-US' && item.catalogItem?.nameEn ? item.catalogItem.nameEn : name;
}

/** DOM ids: stable per item and field, so focus can follow ↑ / ↓ through the virtual list. */
export const rowDomId = (key: string) => `drug-row-${key}`;
export const fieldDomId = (key: string, field: DrugField) => `drug-${field}-${key}`;

/** mergeDrugs remembering its last result, so lines unchanged from one call to the next keep their objects. */
export function drugMerger(): (catalog: DrugCatalog, rows: readonly DrugStock[]) => DrugListItem[] {
  let last: DrugListItem[] = [];
  return (catalog, rows) => (last = mergeDrugs(catalog, rows, last));
}
