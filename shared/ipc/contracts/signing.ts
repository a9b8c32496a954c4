import { z } from 'zod';
import { TeamMemberSchema } from '../../domain/audit';
import { defineContract } from '../contract';
import { AuditIdSchema } from './audits';
import { ReportLangSchema } from './reports';

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const IdentitySchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  /** SHA-256 of the certificate (DER), lower-case hex: what a verifier shows to compare. */
  fingerprint: Sha256Schema,
  notBefore: z.string(),
  notAfter: z.string(),
  source: z.enum(['created', 'imported']),
  keyProtection: z.enum(['passphrase', 'os_keychain']),
  createdAt: z.string(),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const IdentityInputSchema = z
  .object({
    name: z.string().trim().min(1).max(64),
    organisation: z.string().trim().min(1).max(128).optional(),
    role: z.string().trim().min(1).max(64).optional(),
  })
  .strict();
export type IdentityInput = z.infer<typeof IdentityInputSchema>;

/** Who signs by hand on the report's signatures page: the team and the facility's representative. */
export const HandwrittenRoleSchema = TeamMemberSchema.shape.role;

/** A drawn signature is a small image; a photo or anything bigger is not one. */
export const HANDWRITTEN_PNG_MAX_BYTES = 512 * 1024;
const MAX_PNG_BASE64 = Math.ceil(HANDWRITTEN_PNG_MAX_BYTES / 3) * 4;

export const HandwrittenSignatureSchema = z.object({
  id: z.string(),
  auditId: z.string(),
  name: z.string(),
  role: HandwrittenRoleSchema,
  pngBase64: z.string(),
  pngSha256: Sha256Schema,
  signedAt: z.string(),
});
export type HandwrittenSignature = z.infer<typeof HandwrittenSignatureSchema>;

export const ReportSignatureSchema = z.object({
  identityId: z.string(),
  name: z.string(),
  fingerprint: Sha256Schema,
  position: z.number().int().positive(),
  signedAt: z.string(),
});
export type ReportSignature = z.infer<typeof ReportSignatureSchema>;

export const SignedReportSchema = z.union([
  z.object({ cancelled: z.literal(true) }).strict(),
  z
    .object({
      /** Where main wrote the signed copy: the path the user chose in main's save dialog. */
      path: z.string(),
      pages: z.number().int().positive(),
      bytes: z.number().int().positive(),
      /** SHA-256 of the signed PDF file. */
      sha256: Sha256Schema,
      /** SHA-256 of the audit's canonical JSON, printed on every page. */
      documentSha256: Sha256Schema,
      signatures: z.array(ReportSignatureSchema),
    })
    .strict(),
]);
export type SignedReport = z.infer<typeof SignedReportSchema>;

/** An organisation's .p12/.pfx holds a key and a few certificates; anything near this is not one. */
export const PKCS12_MAX_BYTES = 1024 * 1024;
const MAX_P12_BASE64 = Math.ceil(PKCS12_MAX_BYTES / 3) * 4;

/** How many people sign one report cryptographically, in turn: a team, not a crowd. */
export const MAX_SIGNERS = 6;

export const signingContracts = {
  listIdentities: defineContract('signing:list-identities', z.object({}).strict().default({}), z.array(IdentitySchema)),
  createIdentity: defineContract('signing:create-identity', IdentityInputSchema, IdentitySchema),
  /**
   * The organisation's PKCS#12 file, sent as bytes (the renderer names no path). `passphrase` is
   * the file's own password; the stored key is re-encrypted by the shell's key store.
   */
  importIdentity: defineContract(
    'signing:import-identity',
    z
      .object({
        fileName: z.string().trim().min(1).max(255),
        contentBase64: z.base64().min(1).max(MAX_P12_BASE64),
        passphrase: z.string().max(1024),
      })
      .strict(),
    IdentitySchema,
  ),
  signAudit: defineContract(
    'signing:sign-audit',
    z
      .object({
        auditId: AuditIdSchema,
        identityIds: z
          .array(z.string().min(1).max(64))
          .min(1)
          .max(MAX_SIGNERS)
          .refine((ids) => new Set(ids).size === ids.length, 'each identity signs once'),
        lang: ReportLangSchema.default('zh-CN'),
      })
      .strict(),
    SignedReportSchema,
  ),
  saveHandwritten: defineContract(
    'signing:save-handwritten',
    z
      .object({
        auditId: AuditIdSchema,
        name: z.string().trim().min(1).max(60),
        role: HandwrittenRoleSchema,
        pngBase64: z.base64().min(1).max(MAX_PNG_BASE64),
      })
      .strict(),
    HandwrittenSignatureSchema,
  ),
  listHandwritten: defineContract(
    'signing:list-handwritten',
    z.object({ auditId: AuditIdSchema }).strict(),
    z.array(HandwrittenSignatureSchema),
  ),
};
