import { randomUUID } from 'node:crypto';
import type { Locale } from '../../../shared/domain/common';
import { AppError } from '../../../shared/errors';
import { formatMessage } from '../../../shared/i18n/format';
import type { ReportLang } from '../../../shared/ipc/contracts/reports';
import type { HandwrittenSignature, ReportSignature } from '../../../shared/ipc/contracts/signing';
import { assertTransition, isLockedStatus } from '../../../shared/logic/audit-state';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import { requireAudit } from '../audits/audit-edit';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';
import { toHandwritten } from './handwritten-service';
import type { IdentityService, UnlockedIdentity } from './identity-service';
import type { KeyProtector } from './key-protector';
import { signPdf } from './pdf-sign';
import { createReportStore } from './report-store';
import { createSignatureRepository } from './signature-repository';

/** What signing needs from the report side: the PDF of an audit and the hash of its content now. */
export interface ReportSource {
  render(
    auditId: string,
    options: { lang: ReportLang; handwritten: readonly HandwrittenSignature[] },
  ): Promise<{ pdf: Buffer; sha256: string; pages: number }>;
  /** SHA-256 of the audit's canonical JSON as the database holds it at this moment. */
  documentSha256(auditId: string): string;
}

export interface SignAuditOptions {
  /** Who signs, in order: each signature is an incremental update over the ones before. */
  identityIds: readonly string[];
  /** Opens the identities' keys (the CLI's passphrase, the app's keychain). */
  unlock: KeyProtector;
  lang: ReportLang;
}

export interface SignedAudit {
  pdf: Buffer;
  /** The kept copy, `<dataDir>/reports/<sha256>.pdf`. */
  storedPath: string;
  pages: number;
  sha256: string;
  documentSha256: string;
  signatures: ReportSignature[];
}

/** The signature's reason in the report's language(s): what a PDF reader shows beside the signer. */
function reasonText(lang: ReportLang, params: { id: string; revision: number }): string {
  const locales: Locale[] = lang === 'both' ? ['zh-CN', 'en-US'] : [lang];
  return locales.map((locale) => formatMessage(locale, 'signing.reason', params)).join(' / ');
}

export function createSigningService(
  ctx: ServiceContext,
  deps: { dataDir: string; identities: IdentityService; reports: ReportSource },
) {
  const signatures = createSignatureRepository(ctx.db);
  const store = createReportStore(deps.dataDir);

  function assertSignable(auditId: string) {
    const audit = requireAudit(ctx, auditId);
    if (isLockedStatus(audit.status))
      throw new AppError('locked', { key: 'error.locked', params: { id: auditId } }, { auditId });
    if (audit.status !== 'completed') {
      throw new AppError(
        'validation',
        { key: 'signing.not_completed', params: { id: auditId, status: `@status.${audit.status}` } },
        { auditId, status: audit.status },
      );
    }
    return audit;
  }

  /** Where the signature says it was made: the facility's county, as on the report's cover. */
  function locationOf(facilityId: string): string {
    const facility = ctx.repos.facilities.get(facilityId);
    if (!facility) throw notFound('entity.facility', facilityId);
    const { province, prefecture, county } = facility.adminPath;
    return `${province}${prefecture}${county}`;
  }

  return {
    /** Refuses, before any work, an audit that is not `completed` (or already signed). */
    assertSignable(auditId: string): void {
      assertSignable(auditId);
    },

    /**
     * Renders the report, signs it with each identity in turn and, in one transaction, records
     * the signatures and moves the audit to `signed`. Keys are opened before anything is
     * rendered, and the content is checked again at commit: a wrong passphrase, or an edit that
     * lands while the PDF is being made, leaves the database as it was.
     */
    async signAudit(auditId: string, options: SignAuditOptions): Promise<SignedAudit> {
      const audit = assertSignable(auditId);
      const unlocked: UnlockedIdentity[] = options.identityIds.map((id) => deps.identities.unlock(id, options.unlock));
      const handwritten = signatures.listHandwritten(auditId).map(toHandwritten);
      const rendered = await deps.reports.render(auditId, { lang: options.lang, handwritten });

      const reason = reasonText(options.lang, { id: auditId, revision: audit.revision });
      const location = locationOf(audit.facilityId);
      const signedAt = ctx.now();
      let pdf = rendered.pdf;
      for (const { identity, signer } of unlocked) {
        pdf = await signPdf(pdf, signer, {
          name: identity.name,
          reason,
          location,
          contactInfo: identity.organisation ?? '',
          signingTime: signedAt,
        });
      }
      // Kept before the commit: the signed bytes are what the record points at.
      const { sha256, path, created } = store.put(pdf);

      const handwrittenNow = () => canonicalJson(signatures.listHandwritten(auditId).map((h) => h.pngSha256));
      const handwrittenSigned = canonicalJson(handwritten.map((h) => h.pngSha256));
      const at = signedAt.toISOString();
      const record = () =>
        inTransaction(ctx.db, () => {
          const current = assertSignable(auditId);
          if (deps.reports.documentSha256(auditId) !== rendered.sha256 || handwrittenNow() !== handwrittenSigned) {
            throw new AppError('conflict', { key: 'signing.changed_while_signing', params: { id: auditId } });
          }
          const rows = unlocked.map(({ identity }, i) => ({
            id: randomUUID(),
            auditId,
            identityId: identity.id,
            position: i + 1,
            fingerprint: identity.fingerprint,
            documentSha256: rendered.sha256,
            pdfSha256: sha256,
            pages: rendered.pages,
            signedAt: at,
          }));
          for (const row of rows) signatures.insertReport(row);
          assertTransition(current.status, 'signed');
          ctx.repos.audits.setStatus(auditId, 'signed', isoNow(ctx), current.completedAt);
          logEvent(ctx, 'audit.signed', 'audit', auditId, {
            documentSha256: rendered.sha256,
            pdfSha256: sha256,
            pages: rendered.pages,
            signers: rows.map((r) => ({ identityId: r.identityId, fingerprint: r.fingerprint })),
          });
          return rows;
        });
      let recorded: ReturnType<typeof record>;
      try {
        recorded = record();
      } catch (err) {
        // No record, no signed copy: a PDF signed for an audit that was not signed must not linger.
        if (created) store.discard(path);
        throw err;
      }

      return {
        pdf,
        storedPath: path,
        pages: rendered.pages,
        sha256,
        documentSha256: rendered.sha256,
        signatures: recorded.map((row, i) => ({
          identityId: row.identityId,
          name: unlocked[i]?.identity.name ?? '',
          fingerprint: row.fingerprint,
          position: row.position,
          signedAt: row.signedAt,
        })),
      };
    },
  };
}

export type SigningService = ReturnType<typeof createSigningService>;
