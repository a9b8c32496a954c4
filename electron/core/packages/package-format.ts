import { z } from 'zod';
import { EVIDENCE_MAX_BYTES } from '../../../shared/ipc/contracts/evidence';

/**
 * The audit file (.dabiao), format `dabiao.package/1`: a zip archive holding, in this order,
 * `manifest.json`, `signature.json`, `audit.json`, `report.pdf` (optional) and `evidence/<sha256>`
 * per evidence file, in the order the manifest lists them. README.md "Audit files" describes it.
 */
export const PACKAGE_FORMAT = 'dabiao.package/1';
export const PACKAGE_EXTENSION = '.dabiao';

export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.json';
export const AUDIT_ENTRY = 'audit.json';
export const REPORT_ENTRY = 'report.pdf';
export const EVIDENCE_PREFIX = 'evidence/';

const SHA256 = /^[0-9a-f]{64}$/;
const EVIDENCE_NAME = /^evidence\/[0-9a-f]{64}$/;

/** The only names an archive may hold: fixed names or a hash, so a name can never be a path. */
export function isAllowedEntryName(name: string): boolean {
  return (
    name === MANIFEST_ENTRY ||
    name === SIGNATURE_ENTRY ||
    name === AUDIT_ENTRY ||
    name === REPORT_ENTRY ||
    EVIDENCE_NAME.test(name)
  );
}

export const evidenceEntryName = (sha256: string): string => `${EVIDENCE_PREFIX}${sha256}`;

const MiB = 1024 * 1024;

/**
 * Refused before any entry is read. An audit of 300 scored items is well under 1 MiB of JSON; the
 * caps leave room for big audits with many photos while a crafted archive cannot exhaust memory.
 */
export const ARCHIVE_LIMITS = {
  maxEntries: 2_000,
  maxTotalBytes: 512 * MiB,
  /** Uncompressed bytes over stored bytes, per compressed entry. Audit JSON compresses about 8:1. */
  maxCompressionRatio: 100,
  maxEntryBytes(name: string): number {
    if (name === MANIFEST_ENTRY) return 4 * MiB;
    if (name === SIGNATURE_ENTRY) return 64 * 1024;
    if (name === AUDIT_ENTRY) return 64 * MiB;
    if (name === REPORT_ENTRY) return 128 * MiB;
    return EVIDENCE_MAX_BYTES;
  },
} as const;

/** A file bigger than this is refused before it is read into memory. */
export const MAX_FILE_BYTES = ARCHIVE_LIMITS.maxTotalBytes + 16 * MiB;

const Sha256Schema = z.string().regex(SHA256);
const Size = z.number().int().nonnegative();

export const ManifestEntrySchema = z
  .object({
    name: z.string(),
    /** Size and SHA-256 of the entry's content. */
    size: Size,
    sha256: Sha256Schema,
    /**
     * Present when the entry is stored deflated: the exact stored bytes. Deflate output is not
     * unique (the last byte's padding bits are ignored by inflate), so the manifest pins the
     * bytes themselves and a change to any of them is caught.
     */
    deflated: z.object({ size: Size, sha256: Sha256Schema }).strict().optional(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    audit: z
      .object({
        id: z.string().min(1).max(64),
        revision: z.number().int().positive(),
        /** The id of revision 1: (lineageId, revision) names the file. */
        lineageId: z.string().min(1).max(64),
        previousId: z.string().min(1).max(64).nullable(),
      })
      .strict(),
    facility: z.object({ code: z.string(), name: z.string() }).strict(),
    standard: z.object({ key: z.string(), id: z.string(), version: z.string() }).strict(),
    /** Binds the certificate in signature.json: a swapped certificate no longer matches. */
    signer: z.object({ fingerprint: Sha256Schema, name: z.string() }).strict(),
    appVersion: z.string().min(1).max(40),
    createdAt: z.iso.datetime(),
    entries: z.array(ManifestEntrySchema).min(1).max(ARCHIVE_LIMITS.maxEntries),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

export const SIGNATURE_ALGORITHMS = ['RSA-SHA256', 'ECDSA-SHA256'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export const SignatureFileSchema = z
  .object({
    algorithm: z.enum(SIGNATURE_ALGORITHMS),
    /** The signer's X.509 certificate, PEM as Node prints it (LF line ends). */
    certificate: z.string().min(1).max(16_384),
    /** Base64 of the signature over the exact bytes of manifest.json. */
    signature: z.string().min(1).max(4_096),
  })
  .strict();
export type SignatureFile = z.infer<typeof SignatureFileSchema>;
