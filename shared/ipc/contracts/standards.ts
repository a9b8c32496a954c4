import { z } from 'zod';
import { CodeSchema, FacilityLevelSchema, LocalizedTextSchema } from '../../domain/common';
import { StandardSchema } from '../../domain/standard';
import { defineContract } from '../contract';

export const StandardSummarySchema = z.object({
  /** `id@version` or `id@version+variant`: the immutable record an audit points to. */
  key: z.string(),
  id: CodeSchema,
  version: CodeSchema,
  variant: CodeSchema.nullable(),
  level: FacilityLevelSchema,
  title: LocalizedTextSchema,
  criteria: z.number().int(),
  blocking: z.number().int(),
  builtin: z.boolean(),
});
export type StandardSummary = z.infer<typeof StandardSummarySchema>;

export const VariantSummarySchema = z.object({
  id: CodeSchema,
  standardId: CodeSchema,
  province: z.object({ code: z.string(), name: LocalizedTextSchema }),
  title: LocalizedTextSchema,
});

export const standardsContracts = {
  listStandards: defineContract(
    'standards:list-standards',
    z.object({ level: FacilityLevelSchema.optional() }).strict().default({}),
    z.array(StandardSummarySchema),
  ),
  getStandard: defineContract(
    'standards:get-standard',
    z.object({ key: z.string().min(1).max(200) }).strict(),
    z.object({ summary: StandardSummarySchema, standard: StandardSchema }),
  ),
  listVariants: defineContract(
    'standards:list-variants',
    z.object({ standardId: CodeSchema.optional() }).strict().default({}),
    z.array(VariantSummarySchema),
  ),
};
