import { DrugCatalogSchema } from '../../../shared/domain/catalog';
import { StandardSchema } from '../../../shared/domain/standard';
import type { Core } from '../core';
import type { KnownStandard, StandardLookup } from './verify-document';

/**
 * The installed standards as the importer sees them: the resolved standard stored under a key,
 * its SHA-256, and the drug catalogue it is scored against (the one `loadAuditSources` records).
 */
export function coreStandardLookup(core: Core): StandardLookup {
  const known = new Map<string, KnownStandard | undefined>();
  return (key) => {
    if (known.has(key)) return known.get(key);
    const record = core.repos.standards.get(key);
    let found: KnownStandard | undefined;
    if (record) {
      const standard = core.standards.standard(key);
      const catalog = core.standards.drugCatalogFor(standard);
      const catalogRecord = standard.drugCatalog ? core.repos.catalogs.get('drug', standard.drugCatalog) : undefined;
      found = {
        sha256: record.sha256,
        standard,
        drugCatalog:
          catalog && catalogRecord
            ? { id: catalogRecord.id, version: catalogRecord.version, sha256: catalogRecord.sha256, catalog }
            : null,
      };
    }
    known.set(key, found);
    return found;
  };
}

/** What a verification worker needs to build the same lookup without a database: plain JSON. */
export interface StandardSnapshot {
  standards: {
    key: string;
    sha256: string;
    json: string;
    drugCatalog: { version: string; sha256: string; json: string } | null;
  }[];
}

export function standardSnapshot(core: Core): StandardSnapshot {
  const lookup = coreStandardLookup(core);
  return {
    standards: core.repos.standards.list().map((record) => {
      const catalogId = lookup(record.key)?.drugCatalog?.id;
      const catalog = catalogId === undefined ? undefined : core.repos.catalogs.get('drug', catalogId);
      return {
        key: record.key,
        sha256: record.sha256,
        json: record.json,
        drugCatalog: catalog ? { version: catalog.version, sha256: catalog.sha256, json: catalog.json } : null,
      };
    }),
  };
}

export function lookupFromSnapshot(snapshot: StandardSnapshot): StandardLookup {
  const known = new Map<string, KnownStandard>();
  for (const entry of snapshot.standards) {
    const catalog = entry.drugCatalog && DrugCatalogSchema.parse(JSON.parse(entry.drugCatalog.json));
    known.set(entry.key, {
      sha256: entry.sha256,
      standard: StandardSchema.parse(JSON.parse(entry.json)),
      drugCatalog:
        entry.drugCatalog && catalog
          ? { id: catalog.id, version: entry.drugCatalog.version, sha256: entry.drugCatalog.sha256, catalog }
          : null,
    });
  }
  return (key) => known.get(key);
}
