import type { TrustStatus } from '../../../shared/ipc/contracts/packages';
import type { AuditDocument } from '../../../shared/logic/audit-document';
import type { ScoreResult } from '../../../shared/logic/score-result';
import { AUDIT_ENTRY, REPORT_ENTRY, evidenceEntryName, type Manifest } from './package-format';
import { checkArchive, sha256Hex, type Refusal } from './verify-archive';
import {
  checkAgainstManifest,
  checkEvidence,
  checkScore,
  checkStandard,
  readDocument,
  type StandardLookup,
} from './verify-document';

export type { Refusal } from './verify-archive';
export type { KnownStandard, StandardLookup } from './verify-document';

export interface SignerInfo {
  fingerprint: string;
  commonName: string;
  organisation: string | null;
  certificatePem: string;
}

/** A file that passed every check: all an import needs, nothing read from a database. */
export interface VerifiedFile {
  manifest: Manifest;
  manifestSha256: string;
  document: AuditDocument;
  /** SHA-256 of audit.json: the hash the report prints. */
  documentSha256: string;
  fileSha256: string;
  signer: SignerInfo;
  trust: TrustStatus;
  /** Evidence bytes by SHA-256. */
  evidence: { sha256: string; bytes: Uint8Array }[];
  report: Uint8Array | null;
  /** The recomputed score (equal to the recorded one), with its reasons and gaps. */
  score: ScoreResult;
}

export type VerifyOutcome = { ok: true; file: VerifiedFile } | Refusal;

export interface VerifyContext {
  standards: StandardLookup;
  /** Whether a signer (SHA-256 fingerprint) is on the trusted list; default: nobody is. */
  isTrusted?: (fingerprint: string) => boolean;
}

/**
 * Checks one audit file completely, in memory, writing nothing, and stops at the first failed
 * check: archive limits and layout, manifest, entry hashes, unlisted entries, signature,
 * audit.json (schema, canonical form), document against manifest, evidence, standard, score.
 */
export async function verifyAuditFile(bytes: Uint8Array, ctx: VerifyContext): Promise<VerifyOutcome> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const archive = await checkArchive(buffer);
  if (!archive.ok) return archive;
  const { manifest, contents, signer } = archive;

  const read = readDocument(contents);
  if ('ok' in read) return read;
  const { document } = read;
  const refused = checkAgainstManifest(document, manifest) ?? checkEvidence(document, contents);
  if (refused) return refused;
  const known = checkStandard(document, ctx.standards);
  if ('ok' in known) return known;
  const scored = checkScore(document, known);
  if ('ok' in scored) return scored;

  const auditEntry = manifest.entries.find((e) => e.name === AUDIT_ENTRY);
  return {
    ok: true,
    file: {
      manifest,
      manifestSha256: archive.manifestSha256,
      document,
      documentSha256: auditEntry?.sha256 ?? '',
      fileSha256: sha256Hex(buffer),
      signer: {
        fingerprint: signer.fingerprint,
        commonName: signer.commonName,
        organisation: signer.organisation,
        certificatePem: signer.pem,
      },
      trust: ctx.isTrusted?.(signer.fingerprint) ? 'verified' : 'unverified',
      evidence: [...new Set(document.evidence.map((e) => e.sha256))].map((sha256) => ({
        sha256,
        bytes: contents.get(evidenceEntryName(sha256)) ?? new Uint8Array(),
      })),
      report: contents.get(REPORT_ENTRY) ?? null,
      score: scored.score,
    },
  };
}
