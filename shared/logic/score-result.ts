import { z } from 'zod';

export const MessageSchema = z.object({
  key: z.string(),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.object({ 'zh-CN': z.string(), 'en-US': z.string() })]))
    .optional(),
});

export const CRITERION_STATUSES = ['pass', 'fail', 'not_applicable', 'unanswered'] as const;
export const CriterionStatusSchema = z.enum(CRITERION_STATUSES);
export type CriterionStatus = z.infer<typeof CriterionStatusSchema>;

export const CriterionResultSchema = z.object({
  criterionId: z.string(),
  sectionId: z.string(),
  status: CriterionStatusSchema,
  blocking: z.boolean(),
  weight: z.number(),
  earned: z.number(),
  reason: MessageSchema,
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

export const SectionScoreSchema = z.object({
  sectionId: z.string(),
  earned: z.number(),
  possible: z.number(),
  /** 0..100, rounded to one decimal; 100 when nothing in the section is applicable. */
  score: z.number(),
  answered: z.number().int(),
  applicable: z.number().int(),
});
export type SectionScore = z.infer<typeof SectionScoreSchema>;

export const VerdictSchema = z.enum(['pass', 'basic', 'fail']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const GapsSchema = z.object({
  staff: z.array(
    z.object({
      criterionId: z.string(),
      qualifications: z.array(z.string()),
      department: z.string().optional(),
      missing: z.number().int(),
    }),
  ),
  equipment: z.array(
    z.object({
      criterionId: z.string(),
      itemId: z.string(),
      equipmentCode: z.string().optional(),
      label: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
    }),
  ),
  drugs: z.array(z.object({ criterionId: z.string(), missingVarieties: z.number().int() })),
  other: z.array(z.object({ criterionId: z.string() })),
});
export type Gaps = z.infer<typeof GapsSchema>;

export const ScoreResultSchema = z.object({
  criteria: z.array(CriterionResultSchema),
  sections: z.array(SectionScoreSchema),
  total: z.object({ earned: z.number(), possible: z.number(), score: z.number() }),
  blockingFailures: z.array(z.string()),
  verdict: VerdictSchema,
  verdictReasons: z.array(MessageSchema),
  /** Every applicable criterion answered: a verdict before that is provisional. */
  complete: z.boolean(),
  progress: z.object({ answered: z.number().int(), applicable: z.number().int() }),
  gaps: GapsSchema,
});
export type ScoreResult = z.infer<typeof ScoreResultSchema>;
