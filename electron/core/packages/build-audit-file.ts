import type { AuditDocument } from '../../../shared/logic/audit-document';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import {
  AUDIT_ENTRY,
  MANIFEST_ENTRY,
  PACKAGE_FORMAT,
  REPORT_ENTRY,
  SIGNATURE_ENTRY,
  evidenceEntryName,
  type Manifest,
  type ManifestEntry,
} from './package-format';
import { certificateInfo, signatureFile, type ManifestSigner } from './package-signature';
import { sha256Hex } from './verify-archive';
import { METHOD_DEFLATE, storedEntry, writeArchive, type StoredEntry } from './zip-archive';

export interface AuditFileInput {
  document: AuditDocument;
  /** The id of revision 1 of this audit. */
  lineageId: string;
  /** The signed report PDF, when there is one. */
  report: Uint8Array | null;
  /** Evidence bytes by SHA-256: every evidence file the document names. */
  evidence: ReadonlyMap<string, Uint8Array>;
  signer: ManifestSigner;
  appVersion: string;
  createdAt: string;
}

export interface BuiltAuditFile {
  bytes: Buffer;
  manifest: Manifest;
  manifestSha256: string;
  /** SHA-256 of audit.json, the document hash printed on the report. */
  documentSha256: string;
  sha256: string;
}

function listed(entry: StoredEntry, content: Uint8Array): ManifestEntry {
  return {
    name: entry.name,
    size: content.length,
    sha256: sha256Hex(content),
    ...(entry.method === METHOD_DEFLATE
      ? { deflated: { size: entry.stored.length, sha256: sha256Hex(entry.stored) } }
      : {}),
  };
}

/**
 * Assembles and signs one audit file. Deterministic for the same input (fixed entry order and
 * timestamps, canonical JSON, RSA PKCS#1 v1.5 signatures): exporting twice gives the same bytes.
 * Evidence and the PDF are stored as they are (already compressed formats); audit.json is deflated.
 */
export function buildAuditFile(input: AuditFileInput): BuiltAuditFile {
  const auditJson = Buffer.from(canonicalJson(input.document), 'utf8');
  const contents: { name: string; content: Uint8Array; deflate: boolean }[] = [
    { name: AUDIT_ENTRY, content: auditJson, deflate: true },
    ...(input.report ? [{ name: REPORT_ENTRY, content: input.report, deflate: false }] : []),
    ...[...new Set(input.document.evidence.map((e) => e.sha256))].sort().map((sha256) => {
      const bytes = input.evidence.get(sha256);
      if (!bytes) throw new Error(`evidence ${sha256} not supplied`);
      return { name: evidenceEntryName(sha256), content: bytes, deflate: false };
    }),
  ];
  const stored = contents.map((c) => storedEntry(c.name, c.content, c.deflate));
  const { audit, facility, standard } = input.document;
  const signer = certificateInfo(input.signer.certificatePem);
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    audit: { id: audit.id, revision: audit.revision, lineageId: input.lineageId, previousId: audit.previousId },
    facility: { code: facility.code, name: facility.name },
    standard: { key: standard.key, id: standard.id, version: standard.version },
    signer: { fingerprint: signer.fingerprint, name: signer.commonName },
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    entries: stored.map((entry, i) => listed(entry, contents[i]?.content ?? new Uint8Array())),
  };
  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8');
  const bytes = writeArchive([
    storedEntry(MANIFEST_ENTRY, manifestBytes, false),
    storedEntry(SIGNATURE_ENTRY, signatureFile(input.signer, manifestBytes), false),
    ...stored,
  ]);
  return {
    bytes,
    manifest,
    manifestSha256: sha256Hex(manifestBytes),
    documentSha256: sha256Hex(auditJson),
    sha256: sha256Hex(bytes),
  };
}
