import { AppError } from '../../../shared/errors';
import type { Signer, TrustedCertificate } from '../../../shared/ipc/contracts/packages';
import type { Core } from '../core';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent } from '../service-context';
import { packageRepository } from './package-repository';
import { certificateInfo, type CertificateInfo } from './package-signature';

/**
 * The reviewer's trusted signers. Trust is looked up whenever an imported audit is shown, so
 * trusting a certificate verifies the audits it signed before, and untrusting makes them
 * unverified again; the audits themselves never change.
 */
export function createTrustService(core: Core) {
  const ctx = core.context;
  const repo = packageRepository(core.db);

  function trustKnown(fingerprint: string): TrustedCertificate {
    return inTransaction(ctx.db, () => {
      if (!repo.isTrusted(fingerprint)) {
        repo.trust(fingerprint, isoNow(ctx));
        logEvent(ctx, 'signer.trusted', 'signer', fingerprint, {});
      }
      const trusted = repo.listTrusted().find((t) => t.fingerprint === fingerprint);
      if (!trusted) throw new Error('trusted certificate vanished after its write');
      return trusted;
    });
  }

  return {
    list: (): TrustedCertificate[] => repo.listTrusted(),
    listSigners: (): Signer[] => repo.listSigners(),
    isTrusted: (fingerprint: string): boolean => repo.isTrusted(fingerprint),

    /** A certificate in PEM form, e.g. one a signer sent separately. */
    trustPem(pem: string): TrustedCertificate {
      let info: CertificateInfo;
      try {
        info = certificateInfo(pem);
      } catch {
        throw new AppError('bad_file', { key: 'packages.bad_certificate' });
      }
      return inTransaction(ctx.db, () => {
        repo.saveSigner({
          fingerprint: info.fingerprint,
          commonName: info.commonName,
          organisation: info.organisation,
          certificatePem: info.pem,
          firstSeenAt: isoNow(ctx),
        });
        return trustKnown(info.fingerprint);
      });
    },

    /** The signer of files already imported, by its fingerprint. */
    trustFingerprint(fingerprint: string): TrustedCertificate {
      if (!repo.signer(fingerprint))
        throw new AppError('not_found', { key: 'packages.signer_unknown', params: { fingerprint } });
      return trustKnown(fingerprint);
    },

    untrust(fingerprint: string): { removed: boolean } {
      return inTransaction(ctx.db, () => {
        const removed = repo.untrust(fingerprint);
        if (removed) logEvent(ctx, 'signer.untrusted', 'signer', fingerprint, {});
        return { removed };
      });
    },
  };
}

export type TrustService = ReturnType<typeof createTrustService>;
