import {
  DrugCatalogSchema,
  EquipmentCatalogSchema,
  type DrugCatalog,
  type EquipmentCatalog,
} from '../../../shared/domain/catalog';
import type { FacilityLevel } from '../../../shared/domain/common';
import type { Facility } from '../../../shared/domain/facility';
import { ProvincialVariantSchema, StandardSchema, type Standard } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import type { StandardSummary, VariantSummarySchema } from '../../../shared/ipc/contracts/standards';
import type { z } from 'zod';
import type { StandardRecord } from '../db/repositories/standards';
import { notFound, type ServiceContext } from '../service-context';
import { newestFirst, standardKey, summarize } from './standard-records';

type VariantSummary = z.infer<typeof VariantSummarySchema>;

/**
 * Read side of the installed standards and catalogues. Stored records never change, so each is
 * parsed once and kept: scoring a list of thousands of audits must not re-parse the same JSON.
 */
export function createStandardRegistry(ctx: ServiceContext) {
  const { repos } = ctx;
  const parsed = new Map<string, Standard>();
  const drugCatalogs = new Map<string, DrugCatalog>();

  const parse = (record: StandardRecord): Standard => {
    let standard = parsed.get(record.key);
    if (!standard) {
      standard = StandardSchema.parse(JSON.parse(record.json));
      parsed.set(record.key, standard);
    }
    return standard;
  };

  const record = (key: string): StandardRecord => {
    const found = repos.standards.get(key);
    if (!found) throw notFound('entity.standard', key);
    return found;
  };

  const registry = {
    list(level?: FacilityLevel): StandardSummary[] {
      return repos.standards.list(level).map((r) => summarize(r, parse(r)));
    },

    get(key: string): { summary: StandardSummary; standard: Standard } {
      const found = record(key);
      const standard = parse(found);
      return { summary: summarize(found, standard), standard };
    },

    /** The resolved standard (provincial parameters applied) stored under `key`. */
    standard(key: string): Standard {
      return parse(record(key));
    },

    listVariants(standardId?: string): VariantSummary[] {
      return repos.standards.listVariants(standardId).map((r) => {
        const v = ProvincialVariantSchema.parse(JSON.parse(r.json));
        return { id: v.id, standardId: v.standardId, province: v.province, title: v.title };
      });
    },

    hasVariant(variantId: string): boolean {
      return repos.standards.listVariants().some((v) => v.id === variantId);
    },

    /**
     * The built-in standard of the facility's level, newest version, with the facility's
     * provincial variant when that standard has it.
     */
    defaultKeyFor(facility: Pick<Facility, 'level' | 'variant'>): string {
      const bases = repos.standards
        .list(facility.level)
        .filter((r) => r.builtin && r.variantId === null)
        .map((r) => parse(r))
        .sort(newestFirst);
      const base = bases[0];
      if (!base) {
        throw new AppError('not_found', {
          key: 'error.no_standard_for_level',
          params: { level: `@level.${facility.level}` },
        });
      }
      const withVariant = facility.variant ? standardKey(base.id, base.version, facility.variant) : undefined;
      if (withVariant && repos.standards.get(withVariant)) return withVariant;
      return standardKey(base.id, base.version, null);
    },

    getDrugCatalog(id: string): DrugCatalog {
      let catalog = drugCatalogs.get(id);
      if (!catalog) {
        const found = repos.catalogs.get('drug', id);
        if (!found) throw notFound('entity.drug_catalog', id);
        catalog = DrugCatalogSchema.parse(JSON.parse(found.json));
        drugCatalogs.set(id, catalog);
      }
      return catalog;
    },

    getEquipmentCatalog(id: string): EquipmentCatalog {
      const found = repos.catalogs.get('equipment', id);
      if (!found) throw notFound('entity.equipment_catalog', id);
      return EquipmentCatalogSchema.parse(JSON.parse(found.json));
    },

    /** The drug catalogue a standard counts against, if it names one and it is installed. */
    drugCatalogFor(standard: Standard): DrugCatalog | undefined {
      const id = standard.drugCatalog;
      if (!id) return undefined;
      return drugCatalogs.get(id) ?? (repos.catalogs.get('drug', id) ? registry.getDrugCatalog(id) : undefined);
    },

    /** Forgets what was parsed: seeding may have replaced records that no audit used. */
    refresh(): void {
      parsed.clear();
      drugCatalogs.clear();
    },
  };
  return registry;
}

export type StandardRegistry = ReturnType<typeof createStandardRegistry>;
