import { z } from 'zod';
import { LocalizedTextSchema } from '../../domain/common';
import { defineContract } from '../contract';
import { AuditIdSchema } from './audits';

/** Audit files (.dabiao): export, import with verification, trusted signers. */

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().nonnegative();

/**
 * What an import checks, in the order it checks it; a refused file names the first that failed.
 * file..compression_ratio: reading and archive limits; manifest..score: the file itself (no
 * database needed); outdated..facility: against what this database already holds.
 */
export const PACKAGE_CHECKS = [
  'file',
  'archive',
  'entry_count',
  'entry_name',
  'duplicate_entry',
  'entry_size',
  'total_size',
  'compression_ratio',
  'manifest',
  'entry_hash',
  'unlisted_entry',
  'signature',
  'document',
  'document_mismatch',
  'evidence',
  'standard',
  'score',
  'outdated',
  'revision_conflict',
  'id_conflict',
  'facility',
  'cancelled',
] as const;
export const PackageCheckSchema = z.enum(PACKAGE_CHECKS);
export type PackageCheck = z.infer<typeof PackageCheckSchema>;

/** verified: signed by a certificate on the trusted list; unverified: a valid signature by anyone else. */
export const TrustStatusSchema = z.enum(['verified', 'unverified']);
export type TrustStatus = z.infer<typeof TrustStatusSchema>;

export const IMPORT_STATUSES = ['imported', 'superseded', 'duplicate', 'refused'] as const;

/** One line per file. `superseded`: imported, and an older revision here is now history. */
export const ImportResultSchema = z
  .object({
    file: z.string(),
    status: z.enum(IMPORT_STATUSES),
    check: PackageCheckSchema.optional(),
    message: LocalizedTextSchema,
    auditId: z.string().optional(),
    lineageId: z.string().optional(),
    revision: z.number().int().positive().optional(),
    facilityCode: z.string().optional(),
    facilityName: z.string().optional(),
    trust: TrustStatusSchema.optional(),
    signerFingerprint: Sha256Schema.optional(),
    signerName: z.string().optional(),
    /** Something to know about an accepted file, e.g. the local facility record was kept as it was. */
    notice: LocalizedTextSchema.optional(),
  })
  .strict();
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ImportTotalsSchema = z
  .object({
    files: Count,
    imported: Count,
    superseded: Count,
    duplicate: Count,
    refused: Count,
    /** Accepted (imported or superseded) files whose signer is not trusted. */
    unverified: Count,
  })
  .strict();
export type ImportTotals = z.infer<typeof ImportTotalsSchema>;

export const ImportBatchSchema = z
  .object({
    /** Names the batch for `packages:save-import-report`. */
    batchId: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    results: z.array(ImportResultSchema),
    totals: ImportTotalsSchema,
  })
  .strict();
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

export const ExportResultSchema = z
  .object({
    auditId: z.string(),
    status: z.enum(['exported', 'failed']),
    /** Where main wrote the file (a path the user chose in main's dialog). */
    path: z.string().optional(),
    bytes: z.number().int().positive().optional(),
    /** SHA-256 of the .dabiao file. */
    sha256: Sha256Schema.optional(),
    message: LocalizedTextSchema,
  })
  .strict();
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const TrustedCertificateSchema = z
  .object({
    fingerprint: Sha256Schema,
    name: z.string(),
    organisation: z.string().nullable(),
    addedAt: z.string(),
  })
  .strict();
export type TrustedCertificate = z.infer<typeof TrustedCertificateSchema>;

/** A certificate that signed an imported file, and what this reviewer thinks of it. */
export const SignerSchema = z
  .object({
    fingerprint: Sha256Schema,
    name: z.string(),
    organisation: z.string().nullable(),
    trusted: z.boolean(),
    /** Imported audits it signed. */
    audits: Count,
    firstSeenAt: z.string(),
  })
  .strict();
export type Signer = z.infer<typeof SignerSchema>;

export const ImportProgressSchema = z
  .object({
    running: z.boolean(),
    done: Count,
    total: Count,
  })
  .strict();

const PathSchema = z.string().min(1).max(4096);
const Cancelled = z.object({ cancelled: z.literal(true) }).strict();

export const packagesContracts = {
  /**
   * Main asks where (a save dialog for one audit, a folder for several), writes each file
   * atomically and answers one line per audit. Audits must be signed (or already exported).
   */
  exportAudits: defineContract(
    'packages:export',
    z
      .object({
        auditIds: z
          .array(AuditIdSchema)
          .min(1)
          .max(1000)
          .refine((ids) => new Set(ids).size === ids.length, 'each audit once'),
        identityId: z.string().min(1).max(64),
      })
      .strict(),
    z.union([Cancelled, z.object({ results: z.array(ExportResultSchema) }).strict()]),
  ),
  /**
   * Without `paths`, main shows its open dialog (`pick`: files, or a folder walked for .dabiao
   * files). With `paths` (files or folders dropped on the window, as Electron's webUtils gives
   * them) main reads those; nothing is ever written to a path the renderer names.
   */
  importAudits: defineContract(
    'packages:import',
    z
      .object({
        paths: z.array(PathSchema).min(1).max(20_000).optional(),
        pick: z.enum(['files', 'folder']).default('files'),
      })
      .strict()
      .default({ pick: 'files' }),
    z.union([Cancelled, ImportBatchSchema]),
  ),
  /** How far the running import is (poll while `packages:import` is pending). */
  importProgress: defineContract('packages:import-progress', z.object({}).strict().default({}), ImportProgressSchema),
  /** Stops the running import after the file in hand; files already written stay imported. */
  cancelImport: defineContract(
    'packages:cancel-import',
    z.object({}).strict().default({}),
    z.object({ cancelling: z.boolean() }).strict(),
  ),
  /** The batch report of a recent import: JSON (everything) or CSV (one row per file, opens in Excel/WPS). */
  saveImportReport: defineContract(
    'packages:save-import-report',
    z.object({ batchId: z.string().min(1).max(64), format: z.enum(['json', 'csv']) }).strict(),
    z.union([Cancelled, z.object({ path: z.string(), bytes: z.number().int().positive() }).strict()]),
  ),
  listTrusted: defineContract(
    'packages:list-trusted',
    z.object({}).strict().default({}),
    z.array(TrustedCertificateSchema),
  ),
  listSigners: defineContract('packages:list-signers', z.object({}).strict().default({}), z.array(SignerSchema)),
  /** Trust a certificate given as PEM, or the signer (by fingerprint) of files already imported. */
  trustCertificate: defineContract(
    'packages:trust-certificate',
    z
      .object({
        certificatePem: z.string().min(1).max(16_384).optional(),
        fingerprint: Sha256Schema.optional(),
      })
      .strict()
      .refine((v) => (v.certificatePem === undefined) !== (v.fingerprint === undefined), {
        message: 'give either certificatePem or fingerprint',
      }),
    TrustedCertificateSchema,
  ),
  untrustCertificate: defineContract(
    'packages:untrust',
    z.object({ fingerprint: Sha256Schema }).strict(),
    z.object({ removed: z.boolean() }).strict(),
  ),
};
