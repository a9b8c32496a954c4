import { AppError } from '../../../shared/errors';
import type { Core } from '../core';
import type { HandlerTable } from '../handlers';
import { suggestedReportName, writeFileAtomically, type SaveDialog, type WrittenFiles } from '../reports/report-file';
import { reportText } from '../reports/report-text';
import type { KeyProtector } from './key-protector';
import { createSigning } from './signing-core';

/**
 * The shell's key store: the desktop app passes its keychain protector. Optional, so shells
 * that only export reports need not know about keys; without one, calls that need a key refuse.
 */
export interface KeyProtectorSource {
  keyProtector?(): KeyProtector;
}

function noKeychain(): KeyProtector {
  throw new AppError('validation', { key: 'signing.keychain_unavailable' });
}

type SigningHandlers = Pick<
  HandlerTable,
  'listIdentities' | 'createIdentity' | 'importIdentity' | 'signAudit' | 'saveHandwritten' | 'listHandwritten'
>;

/** `written` remembers the signed copies, the files "show in folder" may reveal. */
export function createSigningHandlers(
  core: Core,
  platform: SaveDialog & KeyProtectorSource,
  written: WrittenFiles,
): SigningHandlers {
  const { identities, handwritten, signing } = createSigning(core);
  const keyProtector = () => (platform.keyProtector ? platform.keyProtector() : noKeychain());
  return {
    listIdentities: () => identities.list(),
    createIdentity: (input) => identities.create(input, keyProtector()),
    // The .p12's own password opens it; the key is then kept under the shell's key store.
    importIdentity: ({ contentBase64, passphrase }) =>
      identities.importPkcs12(Buffer.from(contentBase64, 'base64'), passphrase, keyProtector()),
    // Main asks where the signed copy goes before anything is signed; the renderer names no path.
    signAudit: async ({ auditId, identityIds, lang }) => {
      signing.assertSignable(auditId);
      for (const id of identityIds) identities.get(id);
      const unlock = keyProtector();
      const suggested = suggestedReportName(core, auditId, lang).replace(/\.pdf$/, '-signed.pdf');
      const filters = [{ name: reportText('both').label('report.file_filter'), extensions: ['pdf'] }];
      const path = await platform.chooseSavePath(suggested, filters);
      if (path === null) return { cancelled: true as const };
      const signed = await signing.signAudit(auditId, { identityIds, unlock, lang });
      writeFileAtomically(path, signed.pdf);
      return written.record({
        path,
        pages: signed.pages,
        bytes: signed.pdf.length,
        sha256: signed.sha256,
        documentSha256: signed.documentSha256,
        signatures: signed.signatures,
      });
    },
    saveHandwritten: (input) => handwritten.save(input),
    listHandwritten: ({ auditId }) => handwritten.list(auditId),
  };
}
