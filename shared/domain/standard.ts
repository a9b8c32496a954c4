import { z } from 'zod';
import { CodeSchema, FacilityLevelSchema, LocalizedTextSchema } from './common';

/**
 * Standards are data (DESIGN §1.3). A threshold is either a literal, a provincial parameter
 * (so a variant file can change it without code) or a ratio of a facility fact
 * (e.g. 1 village doctor per 1,000 served).
 */
export const ParamRefSchema = z.object({ param: CodeSchema }).strict();
export const RatioThresholdSchema = z
  .object({
    ratioOf: z.enum(['service_population', 'resident_population', 'beds']),
    per: z.number().positive(),
    count: z.number().positive(),
  })
  .strict();
export const ThresholdSchema = z.union([z.number().nonnegative(), ParamRefSchema, RatioThresholdSchema]);
export type Threshold = z.infer<typeof ThresholdSchema>;

/** A list of item ids given inline or by a provincial parameter (room sets differ by province). */
export const ItemListRefSchema = z.union([z.array(CodeSchema).min(1), ParamRefSchema]);

export const FACT_NAMES = [
  'service_population',
  'resident_population',
  'beds',
  'iv_service_approved',
  'township_seat',
  'shared_clinic',
  'poor_county',
] as const;
export const FactNameSchema = z.enum(FACT_NAMES);
export type FactName = z.infer<typeof FactNameSchema>;

export type Condition =
  | { fact: FactName; op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq'; value: number | boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z
      .object({
        fact: FactNameSchema,
        op: z.enum(['gt', 'gte', 'lt', 'lte', 'eq']),
        value: z.union([z.number(), z.boolean()]),
      })
      .strict(),
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

export const PROVENANCE = ['C-off', 'C-3p', 'K', 'I'] as const;
export const SourceCitationSchema = z
  .object({
    /** Document title as issued, e.g. 《村卫生室管理办法（试行）》 */
    document: z.string().min(1),
    clause: z.string().min(1).optional(),
    /** Reference id in ../shared/reference/standards.md, e.g. VC-S-01 */
    ref: z.string().min(1).optional(),
    /** How sure we are: official, third-party copy, unconfirmed, inferred. Shown to auditors. */
    provenance: z.enum(PROVENANCE),
  })
  .strict();
export type SourceCitation = z.infer<typeof SourceCitationSchema>;

export const STAFF_QUALIFICATIONS = [
  'licensed_physician',
  'licensed_assistant_physician',
  'general_practitioner',
  'village_doctor',
  'registered_nurse',
  'pharmacist',
  'medical_technician',
  'public_health_physician',
  'tcm_physician',
  'other',
] as const;
export const StaffQualificationSchema = z.enum(STAFF_QUALIFICATIONS);
export type StaffQualification = z.infer<typeof StaffQualificationSchema>;

export const EvidenceKindSchema = z.enum(['photo', 'document', 'certificate', 'record']);

const criterionBase = {
  id: CodeSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  howToVerify: LocalizedTextSchema,
  evidence: z
    .object({ required: z.boolean(), kinds: z.array(EvidenceKindSchema).min(1) })
    .strict()
    .optional(),
  weight: z.number().nonnegative(),
  /** A blocking (core, veto) criterion fails the whole audit when it fails. */
  blocking: z.boolean().default(false),
  applicability: ConditionSchema.optional(),
  sources: z.array(SourceCitationSchema).min(1),
};

export const ListItemSchema = z
  .object({ id: CodeSchema, label: LocalizedTextSchema, equipmentCode: CodeSchema.optional() })
  .strict();

export const CriterionSchema = z.discriminatedUnion('kind', [
  z.object({ ...criterionBase, kind: z.literal('yes_no') }).strict(),
  z
    .object({
      ...criterionBase,
      kind: z.literal('number'),
      unit: LocalizedTextSchema,
      min: ThresholdSchema.optional(),
      max: ThresholdSchema.optional(),
    })
    .strict(),
  z.object({ ...criterionBase, kind: z.literal('area'), min: ThresholdSchema }).strict(),
  z
    .object({
      ...criterionBase,
      kind: z.literal('roster_count'),
      roster: z.literal('staff'),
      qualifications: z.array(StaffQualificationSchema).min(1),
      verifiedOnly: z.boolean().default(true),
      min: ThresholdSchema,
      /** When set, every listed department needs `min` qualifying staff on its own. */
      eachDepartment: z.array(CodeSchema).min(1).optional(),
    })
    .strict(),
  z
    .object({
      ...criterionBase,
      kind: z.literal('list_coverage'),
      /** answer: the auditor ticks items; equipment_roster: items present and working in the roster. */
      source: z.enum(['answer', 'equipment_roster']),
      items: z.array(ListItemSchema).min(1),
      /** Items that must be covered; default: all items. */
      required: ItemListRefSchema.optional(),
      /** How many of the required items must be covered; default: all of them. */
      min: ThresholdSchema.optional(),
    })
    .strict(),
  z
    .object({
      ...criterionBase,
      kind: z.literal('drug_coverage'),
      /** Counted as distinct generic names in stock; essentialOnly counts only catalogue items. */
      min: ThresholdSchema,
      essentialOnly: z.boolean().default(true),
    })
    .strict(),
  z.object({ ...criterionBase, kind: z.literal('text'), required: z.boolean().default(true) }).strict(),
  z
    .object({
      ...criterionBase,
      kind: z.literal('grade'),
      /** Lowest grade that passes: C is the basic tier, A the highest. */
      minGrade: z.enum(['A', 'B', 'C']).default('C'),
    })
    .strict(),
]);
export type Criterion = z.infer<typeof CriterionSchema>;
export type CriterionKind = Criterion['kind'];
export const CRITERION_KINDS = [
  'yes_no',
  'number',
  'area',
  'roster_count',
  'list_coverage',
  'drug_coverage',
  'text',
  'grade',
] as const satisfies readonly CriterionKind[];

export const SectionSchema = z
  .object({
    id: CodeSchema,
    title: LocalizedTextSchema,
    category: z.enum(['floor', 'staff', 'premises', 'equipment', 'drugs', 'services', 'management']),
    criteria: z.array(CriterionSchema).min(1),
  })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

export const ParamValueSchema = z.union([z.number().nonnegative(), z.array(CodeSchema).min(1)]);
export type ParamValue = z.infer<typeof ParamValueSchema>;
export const ParamDefinitionSchema = z
  .object({ value: ParamValueSchema, label: LocalizedTextSchema, sources: z.array(SourceCitationSchema).min(1) })
  .strict();

/** Verdict thresholds are part of the standard, never of the code. Scores are 0..100. */
export const VerdictRuleSchema = z
  .object({
    passScore: z.number().min(0).max(100),
    basicScore: z.number().min(0).max(100),
    /** Optional per-section floor for 达标 (a strong total must not hide an empty section). */
    passMinSectionScore: z.number().min(0).max(100).optional(),
  })
  .strict()
  .refine((v) => v.basicScore <= v.passScore, {
    message: 'basicScore must not exceed passScore',
    path: ['basicScore'],
  });

export const StandardSchema = z
  .object({
    format: z.literal('dabiao.standard/1'),
    id: CodeSchema,
    version: CodeSchema,
    level: FacilityLevelSchema,
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    effectiveFrom: z.iso.date().optional(),
    sources: z.array(SourceCitationSchema).min(1),
    drugCatalog: CodeSchema.optional(),
    equipmentCatalog: CodeSchema.optional(),
    params: z.record(CodeSchema, ParamDefinitionSchema).default({}),
    verdict: VerdictRuleSchema,
    sections: z.array(SectionSchema).min(1),
  })
  .strict();
export type Standard = z.infer<typeof StandardSchema>;
export type StandardInput = z.input<typeof StandardSchema>;

/** A provincial variant overrides parameter values of one base standard; it holds no criteria. */
export const ProvincialVariantSchema = z
  .object({
    format: z.literal('dabiao.variant/1'),
    id: CodeSchema,
    standardId: CodeSchema,
    province: z.object({ code: z.string().regex(/^\d{2}$/), name: LocalizedTextSchema }).strict(),
    title: LocalizedTextSchema,
    params: z.record(
      CodeSchema,
      z.object({ value: ParamValueSchema, sources: z.array(SourceCitationSchema).min(1) }).strict(),
    ),
  })
  .strict();
export type ProvincialVariant = z.infer<typeof ProvincialVariantSchema>;
