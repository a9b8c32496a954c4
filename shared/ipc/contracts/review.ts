import { z } from 'zod';
import { FacilityLevelSchema, IsoDateSchema, LocalizedTextSchema } from '../../domain/common';
import { FindingStatusSchema } from '../../domain/audit';
import { VerdictSchema } from '../../logic/score-result';
import { defineContract } from '../contract';

/** Provincial review: roll-ups, rankings, blank spots, follow-up, sampling, summaries. */

const PlaceName = z.string().trim().min(1).max(60);

/** The administrative levels a reviewer drills through, top down. */
export const REVIEW_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export const ReviewLevelSchema = z.enum(REVIEW_LEVELS);
export type ReviewLevel = z.infer<typeof ReviewLevelSchema>;

/**
 * Which facilities a roll-up covers: a place given as its path from the province down
 * ([] = every province), optionally one facility level and the audits up to a date.
 */
export const ReviewScopeSchema = z
  .object({
    path: z.array(PlaceName).max(REVIEW_LEVELS.length).default([]),
    level: FacilityLevelSchema.optional(),
    asOf: IsoDateSchema.optional(),
  })
  .strict();
export type ReviewScope = z.infer<typeof ReviewScopeSchema>;

const Count = z.number().int().nonnegative();
const Fraction = z.number().min(0).max(1);

/**
 * "893 / 899 (99.3%)": `compliant` counts facilities whose current audit's verdict is pass or
 * basic pass, over every registered facility in scope (not only the audited ones).
 */
export const RateSchema = z
  .object({
    facilities: Count,
    audited: Count,
    compliant: Count,
    pass: Count,
    basic: Count,
    fail: Count,
    /** compliant / facilities; 0 when there are no facilities. */
    rate: Fraction,
    /** audited / facilities; 0 when there are no facilities. */
    coverage: Fraction,
  })
  .strict();
export type Rate = z.infer<typeof RateSchema>;

export const RollupRowSchema = RateSchema.extend({
  /** Mean total score of the current audits, null when none is audited. */
  averageScore: z.number().nullable(),
  /** Facilities whose current audit fails at least one blocking criterion. */
  blockingFailures: Count,
  openFindings: Count,
}).strict();
export type RollupRow = z.infer<typeof RollupRowSchema>;

/** One place one level below the scope (纵向评分、横向排名): ranked among its peers. */
export const RankedPlaceSchema = RollupRowSchema.extend({
  name: PlaceName,
  path: z.array(PlaceName),
  /** 1 = best: by rate, then average score, then name; equal figures share a rank. */
  rank: z.number().int().positive(),
  /** Set when the places are facilities (below a township): what review:facility-history takes. */
  facilityId: z.string().optional(),
}).strict();
export type RankedPlace = z.infer<typeof RankedPlaceSchema>;

export const BlankSpotKindSchema = z.enum([
  /** A facility whose current audit fails a blocking staffing criterion (no qualified doctor). */
  'no_qualified_staff',
  /** A township with villages or facilities on record but no township health center. */
  'no_facility',
]);
export const BlankSpotSchema = z
  .object({
    kind: BlankSpotKindSchema,
    path: z.array(PlaceName),
    level: FacilityLevelSchema,
    facilityId: z.string().nullable(),
    facilityName: z.string().nullable(),
    /** The blocking criterion behind a no_qualified_staff spot. */
    criterionId: z.string().nullable(),
  })
  .strict();
export type BlankSpot = z.infer<typeof BlankSpotSchema>;

export const FailedCriterionSchema = z
  .object({
    standardId: z.string(),
    criterionId: z.string(),
    title: LocalizedTextSchema,
    blocking: z.boolean(),
    failed: Count,
    /** Current audits in scope that assessed this criterion (pass or fail). */
    assessed: Count,
  })
  .strict();

export const FINDING_AGE_BUCKETS = ['0-30', '31-90', '91-180', '181+'] as const;
export const FindingFollowUpSchema = z
  .object({
    open: Count,
    /** Open past their rectification deadline. */
    overdue: Count,
    byAge: z.array(z.object({ bucket: z.enum(FINDING_AGE_BUCKETS), count: Count }).strict()),
    /** Closed out (销号) because a later audit shows the criterion passing. */
    closed: Count,
  })
  .strict();

/** 填平补齐: what the facilities in scope lack, totalled. */
export const GapTotalsSchema = z
  .object({
    staff: z.array(z.object({ qualifications: z.array(z.string()), missing: Count }).strict()),
    equipment: z.array(z.object({ itemId: z.string(), label: LocalizedTextSchema, facilities: Count }).strict()),
    drugVarieties: Count,
    facilitiesWithGaps: Count,
  })
  .strict();

export const TrendPointSchema = z
  .object({ month: z.string().regex(/^\d{4}-\d{2}$/), audited: Count, compliant: Count, rate: Fraction })
  .strict();

export const ReviewSummarySchema = z
  .object({
    scope: ReviewScopeSchema,
    /** What `places` lists: the level below the scope; facilities below a township. */
    childLevel: z.enum(['province', 'prefecture', 'county', 'township', 'facility']),
    total: RollupRowSchema,
    byLevel: z.array(RateSchema.extend({ level: FacilityLevelSchema }).strict()),
    places: z.array(RankedPlaceSchema),
    blankSpots: z.array(BlankSpotSchema),
    topFailedCriteria: z.array(FailedCriterionSchema),
    findings: FindingFollowUpSchema,
    gaps: GapTotalsSchema,
    trend: z.array(TrendPointSchema),
  })
  .strict();
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;

export const FacilityHistorySchema = z
  .object({
    facilityId: z.string(),
    audits: z.array(
      z
        .object({
          auditId: z.string(),
          revision: z.number().int().positive(),
          kind: z.string(),
          auditDate: IsoDateSchema,
          status: z.string(),
          verdict: VerdictSchema.nullable(),
          score: z.number().nullable(),
          /** A later revision of the same audit replaced it; kept as history. */
          superseded: z.boolean(),
          /** The audit the roll-ups count for this facility. */
          current: z.boolean(),
        })
        .strict(),
    ),
    findings: z.array(
      z
        .object({
          id: z.string(),
          auditId: z.string(),
          criterionId: z.string(),
          description: z.string(),
          deadline: IsoDateSchema.nullable(),
          status: FindingStatusSchema,
          closedByAuditId: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict();
export type FacilityHistory = z.infer<typeof FacilityHistorySchema>;

export const SampleRequestSchema = z
  .object({
    /** Reusing a recorded seed over the same population draws the same sample again. */
    seed: z.string().trim().min(1).max(64).optional(),
    path: z.array(PlaceName).max(REVIEW_LEVELS.length).default([]),
    level: FacilityLevelSchema.optional(),
    facilityCount: z.number().int().min(1).max(10_000),
    /** risk_weighted favours facilities that failed or were never audited. */
    method: z.enum(['uniform', 'risk_weighted']).default('uniform'),
    /** Criteria to spot-check per drawn facility's standard (明查暗访); 0 = none. */
    criteriaCount: z.number().int().min(0).max(50).default(0),
  })
  .strict();
export type SampleRequest = z.infer<typeof SampleRequestSchema>;

export const SampleSchema = z
  .object({
    id: z.string(),
    seed: z.string(),
    drawnAt: z.string(),
    request: SampleRequestSchema,
    /** Facilities the draw was made from, so a later re-draw can show it used the same population. */
    populationSize: Count,
    facilities: z.array(
      z
        .object({
          facilityId: z.string(),
          code: z.string(),
          name: z.string(),
          level: FacilityLevelSchema,
          path: z.array(PlaceName),
          criteria: z.array(z.object({ criterionId: z.string(), title: LocalizedTextSchema }).strict()),
        })
        .strict(),
    ),
  })
  .strict();
export type Sample = z.infer<typeof SampleSchema>;

export const SavedSummarySchema = z.union([
  z.object({ cancelled: z.literal(true) }).strict(),
  z.object({ path: z.string(), bytes: z.number().int().positive() }).strict(),
]);

export const reviewContracts = {
  reviewSummary: defineContract('review:summary', ReviewScopeSchema, ReviewSummarySchema),
  facilityHistory: defineContract(
    'review:facility-history',
    z.object({ facilityId: z.string().min(1).max(64) }).strict(),
    FacilityHistorySchema,
  ),
  drawSample: defineContract('review:draw-sample', SampleRequestSchema, SampleSchema),
  listSamples: defineContract('review:list-samples', z.object({}).strict().default({}), z.array(SampleSchema)),
  /** Main asks where to save; XLSX for Excel and WPS, PDF as the weekly or monthly report (周报告/月推进). */
  exportSummary: defineContract(
    'review:export-summary',
    z
      .object({
        scope: ReviewScopeSchema,
        format: z.enum(['xlsx', 'pdf']),
        period: z.enum(['week', 'month']).default('month'),
        lang: z.enum(['zh-CN', 'en-US', 'both']).default('zh-CN'),
      })
      .strict(),
    SavedSummarySchema,
  ),
};
