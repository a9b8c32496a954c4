import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { bilingual } from '../../../shared/i18n/format';
import { assertTransition } from '../../../shared/logic/audit-state';
import { APP_VERSION } from '../app-version';
import { requireAudit } from '../audits/audit-edit';
import type { Core } from '../core';
import { inTransaction } from '../db/sql';
import { createEvidenceStore } from '../evidence/evidence-store';
import { loadAuditSources } from '../reports/audit-snapshot';
import { suggestedReportName } from '../reports/report-file';
import { isoNow, logEvent } from '../service-context';
import { createIdentityService } from '../signing/identity-service';
import type { KeyProtector } from '../signing/key-protector';
import { REPORTS_FOLDER } from '../signing/report-store';
import { buildAuditFile, type BuiltAuditFile } from './build-audit-file';
import { PACKAGE_EXTENSION } from './package-format';
import { packageRepository } from './package-repository';
import { keySigner } from './package-signature';
import { coreStandardLookup } from './standard-lookup';
import { sha256Hex } from './verify-archive';
import { verifyAuditFile } from './verify-file';

export interface ExportOptions {
  /** The identity whose key signs the manifest. */
  identityId: string;
  /** Opens that identity's key (the CLI's passphrase, the app's keychain). */
  unlock: KeyProtector;
}

export interface PreparedAuditFile extends BuiltAuditFile {
  auditId: string;
  /** What a save dialog proposes: "<facility>-<date>-r<revision>.dabiao". */
  suggestedName: string;
  signerFingerprint: string;
}

/** "石门县人民医院-2025-09-05-r1.dabiao": named like the audit's report. */
export const suggestedAuditFileName = (core: Core, auditId: string): string =>
  suggestedReportName(core, auditId, 'zh-CN').replace(/\.pdf$/, PACKAGE_EXTENSION);

/** The signed PDF kept for the audit, checked against its hash; null when it never had one. */
function signedReport(core: Core, auditId: string): Buffer | null {
  const sha256 = packageRepository(core.db).reportOf(auditId);
  if (sha256 === null) return null;
  const path = join(core.dataDir, REPORTS_FOLDER, `${sha256}.pdf`);
  const bytes = existsSync(path) ? readFileSync(path) : undefined;
  if (!bytes || sha256Hex(bytes) !== sha256)
    throw new AppError('not_found', { key: 'packages.export.report_missing', params: { id: auditId, sha256 } });
  return bytes;
}

/**
 * Only signed audits (or ones already exported, again) become files: from `signed` on the content
 * is locked, so (id, revision) names one content forever. A completed audit can still be reopened
 * and changed under the same id, so sending it would break what a file's name promises.
 */
function assertExportable(core: Core, auditId: string): void {
  const audit = requireAudit(core.context, auditId);
  if (audit.status !== 'signed' && audit.status !== 'exported') {
    throw new AppError(
      'validation',
      { key: 'packages.export.not_signed', params: { id: auditId, status: `@status.${audit.status}` } },
      { auditId, status: audit.status },
    );
  }
}

/**
 * Builds the audit file of one signed audit: its canonical document, the signed report PDF, its
 * evidence, the manifest signed by `identityId`. Writes nothing: the caller writes the bytes,
 * then calls `markExported`. The file is verified like an import would before it is returned.
 */
export async function prepareAuditFile(core: Core, auditId: string, opts: ExportOptions): Promise<PreparedAuditFile> {
  assertExportable(core, auditId);
  const { identity, signer } = createIdentityService(core.context).unlock(opts.identityId, opts.unlock);
  const repo = packageRepository(core.db);
  const loaded = loadAuditSources(core, auditId).document;
  // An imported correction whose corrected revision never came here has no previous_id row link;
  // the file still names the revision it corrects, as the one it was imported from did.
  const previousId = loaded.audit.previousId ?? repo.importedPreviousId(auditId);
  const document = { ...loaded, audit: { ...loaded.audit, previousId } };
  const store = createEvidenceStore(core.dataDir);
  const evidence = new Map<string, Uint8Array>();
  for (const e of document.evidence) {
    const bytes = store.readIntact(e.sha256);
    if (!bytes)
      throw new AppError('not_found', { key: 'packages.export.evidence_missing', params: { name: e.fileName } });
    evidence.set(e.sha256, bytes);
  }
  const built = buildAuditFile({
    document,
    lineageId: repo.lineageOf(auditId),
    report: signedReport(core, auditId),
    evidence,
    signer: keySigner(signer.certificatePem, createPrivateKey(signer.privateKeyPem)),
    appVersion: APP_VERSION,
    createdAt: isoNow(core.context),
  });
  const checked = await verifyAuditFile(built.bytes, { standards: coreStandardLookup(core) });
  if (!checked.ok) {
    throw new AppError('internal', {
      key: 'packages.export.self_check',
      params: { check: checked.check, details: bilingual(checked.message) },
    });
  }
  return {
    ...built,
    auditId,
    suggestedName: suggestedAuditFileName(core, auditId),
    signerFingerprint: identity.fingerprint,
  };
}

/** After the file is written: a signed audit becomes `exported`; every export is logged. */
export function markExported(core: Core, file: PreparedAuditFile): void {
  const ctx = core.context;
  inTransaction(ctx.db, () => {
    const audit = requireAudit(ctx, file.auditId);
    if (audit.status === 'signed') {
      assertTransition(audit.status, 'exported');
      ctx.repos.audits.setStatus(audit.id, 'exported', isoNow(ctx), audit.completedAt);
    }
    logEvent(ctx, 'audit.exported', 'audit', audit.id, {
      fileSha256: file.sha256,
      manifestSha256: file.manifestSha256,
      documentSha256: file.documentSha256,
      signer: file.signerFingerprint,
    });
  });
}

/** The whole export for callers that keep the bytes themselves: prepare, then mark exported. */
export async function exportAuditFile(core: Core, auditId: string, opts: ExportOptions): Promise<Buffer> {
  const file = await prepareAuditFile(core, auditId, opts);
  markExported(core, file);
  return file.bytes;
}
