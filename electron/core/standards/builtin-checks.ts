import type { ProvincialVariant, Standard } from '../../../shared/domain/standard';
import { checkIssue, type CheckIssue } from '../../../shared/logic/check-issue';
import { resolveStandard, variantIssues } from '../../../shared/logic/resolve-standard';
import { checkStandard, type StandardCatalogs } from '../../../shared/logic/standard-check';
import type { BuiltinResources } from './builtin';

/** The catalogues a standard names, with an issue for each one that is not available. */
export function catalogsFor(
  standard: Standard,
  resources: BuiltinResources,
): { catalogs: StandardCatalogs; issues: CheckIssue[] } {
  const catalogs: StandardCatalogs = {};
  const issues: CheckIssue[] = [];
  if (standard.drugCatalog) {
    const drug = resources.drugCatalogs.find((c) => c.id === standard.drugCatalog);
    if (drug) catalogs.drug = drug;
    else issues.push(checkIssue('drugCatalog', 'check.catalog_unknown', { id: standard.drugCatalog }));
  }
  if (standard.equipmentCatalog) {
    const equipment = resources.equipmentCatalogs.find((c) => c.id === standard.equipmentCatalog);
    if (equipment) catalogs.equipment = equipment;
    else issues.push(checkIssue('equipmentCatalog', 'check.catalog_unknown', { id: standard.equipmentCatalog }));
  }
  return { catalogs, issues };
}

/**
 * A variant must fit every version of its standard: right parameter names and types, and the
 * resolved standard must still pass checkStandard (e.g. a room set naming only known rooms).
 * Paths of the resolved standard's parameters are also paths in the variant file.
 */
export function checkVariantAgainst(variant: ProvincialVariant, resources: BuiltinResources): CheckIssue[] {
  const bases = resources.standards.filter((s) => s.id === variant.standardId);
  if (bases.length === 0) return [checkIssue('standardId', 'check.unknown_standard', { id: variant.standardId })];
  const issues: CheckIssue[] = [];
  const seen = new Set<string>();
  for (const base of bases) {
    const fit = variantIssues(base, variant);
    const found =
      fit.length > 0 ? fit : checkStandard(resolveStandard(base, variant), catalogsFor(base, resources).catalogs);
    for (const issue of found) {
      const key = `${issue.path}\u0000${issue.message}`;
      if (!seen.has(key)) issues.push(issue);
      seen.add(key);
    }
  }
  return issues;
}
