import type { DrugCatalog, EquipmentCatalog } from '../domain/catalog';
import { checkIssue, type CheckIssue } from './check-issue';

/**
 * Codes are what stock and equipment rosters point to, so a duplicate would make a roster
 * entry ambiguous; the completeness counts are shown to users and must say the truth.
 */
export function checkCatalog(catalog: DrugCatalog | EquipmentCatalog): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const codes = new Map<string, string>();
  catalog.items.forEach((item, k) => {
    const path = `items[${k}].code`;
    const first = codes.get(item.code);
    if (first) issues.push(checkIssue(path, 'check.duplicate_code', { code: item.code, first }));
    else codes.set(item.code, path);
  });
  const { itemsIncluded, itemsInOfficialList } = catalog.completeness;
  if (itemsIncluded !== catalog.items.length) {
    issues.push(
      checkIssue('completeness.itemsIncluded', 'check.items_count_mismatch', {
        declared: itemsIncluded,
        actual: catalog.items.length,
      }),
    );
  }
  if (itemsInOfficialList !== undefined && itemsInOfficialList < catalog.items.length) {
    issues.push(
      checkIssue('completeness.itemsInOfficialList', 'check.official_count_low', {
        official: itemsInOfficialList,
        included: catalog.items.length,
      }),
    );
  }
  return issues;
}
