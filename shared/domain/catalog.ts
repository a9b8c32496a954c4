import { z } from 'zod';
import { CodeSchema, LocalizedTextSchema } from './common';

export const DrugCatalogItemSchema = z
  .object({
    code: CodeSchema,
    /** 通用名: distinct generic names are what drug minimums count. */
    genericName: z.string().min(1),
    nameEn: z.string().min(1).optional(),
    /** Pinyin initials, e.g. amxl for 阿莫西林: the fast search key at the clinic. */
    pinyinInitials: z.string().regex(/^[a-z0-9]+$/),
    category: z.string().min(1),
    group: z.enum(['chemical', 'tcm_patent', 'biological']),
    dosageForms: z.string().optional(),
  })
  .strict();
export type DrugCatalogItem = z.infer<typeof DrugCatalogItemSchema>;

export const CatalogCompletenessSchema = z
  .object({
    /** Items in this file vs. items in the official list it samples: said plainly to users. */
    itemsIncluded: z.number().int().nonnegative(),
    itemsInOfficialList: z.number().int().positive().optional(),
    note: LocalizedTextSchema,
  })
  .strict();

export const DrugCatalogSchema = z
  .object({
    format: z.literal('dabiao.drug-catalog/1'),
    id: CodeSchema,
    version: CodeSchema,
    title: LocalizedTextSchema,
    completeness: CatalogCompletenessSchema,
    sources: z.array(z.string().min(1)).min(1),
    items: z.array(DrugCatalogItemSchema).min(1),
  })
  .strict();
export type DrugCatalog = z.infer<typeof DrugCatalogSchema>;

export const EquipmentCatalogItemSchema = z
  .object({
    code: CodeSchema,
    name: LocalizedTextSchema,
    category: z.string().min(1),
    levels: z.array(z.enum(['county_hospital', 'township_health_center', 'village_clinic'])).min(1),
  })
  .strict();
export type EquipmentCatalogItem = z.infer<typeof EquipmentCatalogItemSchema>;

export const EquipmentCatalogSchema = z
  .object({
    format: z.literal('dabiao.equipment-catalog/1'),
    id: CodeSchema,
    version: CodeSchema,
    title: LocalizedTextSchema,
    completeness: CatalogCompletenessSchema,
    items: z.array(EquipmentCatalogItemSchema).min(1),
  })
  .strict();
export type EquipmentCatalog = z.infer<typeof EquipmentCatalogSchema>;
