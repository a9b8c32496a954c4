import { z } from 'zod';
import { CodeSchema } from '../../domain/common';
import { defineContract } from '../contract';

/** Photos and scanned documents only: what a browser can show and a PDF report can embed. */
export const EVIDENCE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const EvidenceMimeTypeSchema = z.enum(EVIDENCE_MIME_TYPES);
export type EvidenceMimeType = z.infer<typeof EvidenceMimeTypeSchema>;

/** A phone photo or a scanned certificate fits; a video does not. */
export const EVIDENCE_MAX_BYTES = 15 * 1024 * 1024;
/** Base64 length of EVIDENCE_MAX_BYTES: the input is refused before it is decoded. */
const MAX_BASE64_CHARS = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4;

export const EvidenceSchema = z.object({
  id: z.string(),
  auditId: z.string(),
  criterionId: z.string().nullable(),
  findingId: z.string().nullable(),
  /** For display only: never used as a path. */
  fileName: z.string(),
  mimeType: EvidenceMimeTypeSchema,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const scope = {
  auditId: z.string().min(1),
  criterionId: CodeSchema.optional(),
  findingId: z.string().min(1).optional(),
};

export const evidenceContracts = {
  attachEvidence: defineContract(
    'evidence:attach-evidence',
    z
      .object({
        ...scope,
        fileName: z.string().trim().min(1).max(255),
        mimeType: EvidenceMimeTypeSchema,
        contentBase64: z.base64().min(1).max(MAX_BASE64_CHARS),
      })
      .strict(),
    EvidenceSchema,
  ),
  listEvidence: defineContract('evidence:list-evidence', z.object(scope).strict(), z.array(EvidenceSchema)),
  readEvidence: defineContract(
    'evidence:read-evidence',
    z.object({ id: z.string().min(1) }).strict(),
    z.object({ id: z.string(), mimeType: EvidenceMimeTypeSchema, contentBase64: z.string() }),
  ),
  removeEvidence: defineContract(
    'evidence:remove-evidence',
    z.object({ id: z.string().min(1) }).strict(),
    z.object({ removed: z.boolean() }),
  ),
};
