import type { DrugCatalog, EquipmentCatalog } from '../../../shared/domain/catalog';
import { StandardSchema } from '../../../shared/domain/standard';
import { resolveStandard } from '../../../shared/logic/resolve-standard';
import type { CatalogKind } from '../db/repositories/catalogs';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, type ServiceContext } from '../service-context';
import type { BuiltinResources } from './builtin';
import { standardRecord, stored } from './standard-records';

export interface SeedReport {
  installed: string[];
  replaced: string[];
  /** Built-ins that differ from a stored record audits already use: the stored one is kept. */
  kept: string[];
}

type Outcome = 'installed' | 'replaced' | 'kept' | 'same';

/**
 * Puts the built-in standards (base and every provincial combination, resolved), variants and
 * catalogues into the database. Idempotent: unchanged records are left alone. A record whose
 * content changed under the same key is replaced only while no audit depends on it — what an
 * audit used is never rewritten (DESIGN §1.3).
 */
export function seedBuiltins(ctx: ServiceContext, builtins: BuiltinResources): SeedReport {
  const { repos } = ctx;
  const report: SeedReport = { installed: [], replaced: [], kept: [] };
  const note = (key: string, outcome: Outcome) => {
    if (outcome !== 'same') report[outcome].push(key);
  };

  return inTransaction(ctx.db, () => {
    const at = isoNow(ctx);
    const catalogsInUse = catalogIdsUsedByAudits(ctx);

    for (const base of builtins.standards) {
      const variants = builtins.variants.filter((v) => v.standardId === base.id);
      for (const variant of [null, ...variants]) {
        const record = standardRecord(resolveStandard(base, variant), variant, true, at);
        const existing = repos.standards.get(record.key);
        const outcome = decide(existing?.sha256, record.sha256, () => repos.standards.isReferenced(record.key));
        if (outcome === 'installed' || outcome === 'replaced') {
          if (existing) repos.standards.remove(record.key);
          repos.standards.insert(record);
          logEvent(ctx, `standard.${outcome}`, 'standard', record.key, { sha256: record.sha256 });
        }
        note(record.key, outcome);
      }
    }

    for (const variant of builtins.variants) {
      const record = {
        standardId: variant.standardId,
        id: variant.id,
        builtin: true,
        ...stored(variant),
        createdAt: at,
      };
      const existing = repos.standards.getVariant(variant.standardId, variant.id);
      const outcome = decide(existing?.sha256, record.sha256, () => false);
      if (outcome === 'installed' || outcome === 'replaced') {
        if (existing) repos.standards.removeVariant(variant.standardId, variant.id);
        repos.standards.insertVariant(record);
        logEvent(ctx, `variant.${outcome}`, 'variant', `${variant.standardId}/${variant.id}`, {
          sha256: record.sha256,
        });
      }
      note(`${variant.standardId}/${variant.id}`, outcome);
    }

    const catalogs: [CatalogKind, DrugCatalog | EquipmentCatalog][] = [
      ...builtins.drugCatalogs.map((c): [CatalogKind, DrugCatalog] => ['drug', c]),
      ...builtins.equipmentCatalogs.map((c): [CatalogKind, EquipmentCatalog] => ['equipment', c]),
    ];
    for (const [kind, catalog] of catalogs) {
      const record = {
        kind,
        id: catalog.id,
        version: catalog.version,
        builtin: true,
        ...stored(catalog),
        createdAt: at,
      };
      const existing = repos.catalogs.get(kind, catalog.id, catalog.version);
      const outcome = decide(existing?.sha256, record.sha256, () => catalogsInUse.has(catalog.id));
      const label = `${kind}:${catalog.id}@${catalog.version}`;
      if (outcome === 'installed' || outcome === 'replaced') {
        if (existing) repos.catalogs.remove(kind, catalog.id, catalog.version);
        repos.catalogs.insert(record);
        logEvent(ctx, `catalog.${outcome}`, 'catalog', label, { sha256: record.sha256 });
      }
      note(label, outcome);
    }
    return report;
  });
}

function decide(existingSha: string | undefined, sha: string, inUse: () => boolean): Outcome {
  if (existingSha === undefined) return 'installed';
  if (existingSha === sha) return 'same';
  return inUse() ? 'kept' : 'replaced';
}

function catalogIdsUsedByAudits(ctx: ServiceContext): Set<string> {
  const ids = new Set<string>();
  for (const record of ctx.repos.standards.list()) {
    if (!ctx.repos.standards.isReferenced(record.key)) continue;
    const standard = StandardSchema.parse(JSON.parse(record.json));
    if (standard.drugCatalog) ids.add(standard.drugCatalog);
    if (standard.equipmentCatalog) ids.add(standard.equipmentCatalog);
  }
  return ids;
}
