import { z } from 'zod';
import { CodeSchema, FacilityLevelSchema, IsoDateSchema } from './common';
import { StaffQualificationSchema } from './standard';

export const AUDIT_KINDS = ['self_assessment', 'on_site_inspection', 'follow_up', 'spot_check'] as const;
export const AuditKindSchema = z.enum(AUDIT_KINDS);
export type AuditKind = z.infer<typeof AuditKindSchema>;

export const AUDIT_STATUSES = ['draft', 'in_progress', 'completed', 'signed', 'exported'] as const;
export const AuditStatusSchema = z.enum(AUDIT_STATUSES);
export type AuditStatus = z.infer<typeof AuditStatusSchema>;

export const TeamMemberSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    role: z.enum(['leader', 'inspector', 'recorder', 'facility_representative', 'self_assessor']),
    organisation: z.string().trim().max(100).optional(),
  })
  .strict();
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/**
 * Facility facts as they stood when the audit was made: applicability and ratio thresholds
 * read these, so a later change to the facility registry never changes a finished audit.
 */
export const AuditFactsSchema = z
  .object({
    servicePopulation: z.number().int().nonnegative().optional(),
    residentPopulation: z.number().int().nonnegative().optional(),
    beds: z.number().int().nonnegative().optional(),
    ivServiceApproved: z.boolean(),
    townshipSeat: z.boolean(),
    sharedClinic: z.boolean(),
    poorCounty: z.boolean(),
  })
  .strict();
export type AuditFacts = z.infer<typeof AuditFactsSchema>;

export const GradeSchema = z.enum(['A', 'B', 'C', 'none']);
export type Grade = z.infer<typeof GradeSchema>;

/** The value shape depends on the criterion kind; validated against it by `checkAnswerValue`. */
export const AnswerValueSchema = z.union([
  z.boolean(),
  z.number().finite(),
  z.string().max(4000),
  z.array(CodeSchema).max(500),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerSchema = z
  .object({
    criterionId: CodeSchema,
    /** null when the criterion is marked not applicable. */
    value: AnswerValueSchema.nullable(),
    notApplicableReason: z.string().trim().min(1).max(1000).optional(),
    note: z.string().max(4000).optional(),
    answeredBy: z.string().max(60).optional(),
    answeredAt: z.string(),
  })
  .strict();
export type Answer = z.infer<typeof AnswerSchema>;

export const StaffMemberInputSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    qualification: StaffQualificationSchema,
    licenseNo: z.string().trim().max(40).optional(),
    practiceSite: z.string().trim().max(100).optional(),
    department: CodeSchema.optional(),
    verified: z.boolean().default(false),
  })
  .strict();
export type StaffMemberInput = z.infer<typeof StaffMemberInputSchema>;
export type StaffMember = StaffMemberInput & { id: string };

export const EquipmentItemInputSchema = z
  .object({
    catalogCode: CodeSchema,
    present: z.boolean(),
    working: z.boolean(),
    count: z.number().int().nonnegative().default(1),
    note: z.string().max(500).optional(),
  })
  .strict();
export type EquipmentItemInput = z.infer<typeof EquipmentItemInputSchema>;
export type EquipmentItem = EquipmentItemInput & { id: string };

export const DrugStockInputSchema = z
  .object({
    /** Catalogue code when the drug is on the essential list; absent for non-listed drugs. */
    catalogCode: CodeSchema.optional(),
    genericName: z.string().trim().min(1).max(100),
    inStock: z.boolean(),
    quantity: z.number().int().nonnegative().optional(),
    nearestExpiry: IsoDateSchema.optional(),
  })
  .strict();
export type DrugStockInput = z.infer<typeof DrugStockInputSchema>;
export type DrugStock = DrugStockInput & { id: string };

export const RostersSchema = z.object({
  staff: z.array(StaffMemberInputSchema.extend({ id: z.string() })),
  equipment: z.array(EquipmentItemInputSchema.extend({ id: z.string() })),
  drugs: z.array(DrugStockInputSchema.extend({ id: z.string() })),
});
export type Rosters = { staff: StaffMember[]; equipment: EquipmentItem[]; drugs: DrugStock[] };

export const AuditSummarySchema = z.object({
  id: z.string(),
  revision: z.number().int().positive(),
  facilityId: z.string(),
  facilityName: z.string(),
  facilityCode: z.string(),
  level: FacilityLevelSchema,
  standardKey: z.string(),
  kind: AuditKindSchema,
  announced: z.boolean(),
  status: AuditStatusSchema,
  auditDate: IsoDateSchema,
  verdict: z.enum(['pass', 'basic', 'fail']),
  score: z.number(),
  complete: z.boolean(),
  answered: z.number().int(),
  applicable: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AuditSummary = z.infer<typeof AuditSummarySchema>;

export const FINDING_STATUSES = ['open', 'rectifying', 'verified', 'closed'] as const;
export const FindingStatusSchema = z.enum(FINDING_STATUSES);
export const FindingInputSchema = z
  .object({
    criterionId: CodeSchema,
    description: z.string().trim().min(1).max(2000),
    correctiveAction: z.string().trim().max(2000).optional(),
    responsible: z.string().trim().max(60).optional(),
    deadline: IsoDateSchema.optional(),
  })
  .strict();
export type FindingInput = z.infer<typeof FindingInputSchema>;
