import type { DrugStockInput } from '../domain/audit';
import type { DrugCatalog } from '../domain/catalog';

export interface DrugVarietyOptions {
  /** Count only drugs on the essential medicine list (a catalogue code, in `catalog` when given). */
  essentialOnly: boolean;
  catalog?: DrugCatalog | undefined;
}

/**
 * Distinct generic names in stock: varieties are generic names, not SKUs or strengths
 * (standards.md §7.5). Scoring and the drug list's live count both read this one rule.
 */
export function countDrugVarieties(
  drugs: readonly Pick<DrugStockInput, 'catalogCode' | 'genericName' | 'inStock'>[],
  { essentialOnly, catalog }: DrugVarietyOptions,
): number {
  const listed = catalog ? new Set(catalog.items.map((d) => d.code)) : undefined;
  const counted = drugs.filter(
    (d) => d.inStock && (!essentialOnly || (d.catalogCode !== undefined && (!listed || listed.has(d.catalogCode)))),
  );
  return new Set(counted.map((d) => d.genericName.trim())).size;
}
