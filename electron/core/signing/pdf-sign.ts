import { createPrivateKey } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { AppError } from '../../../shared/errors';
import { CmsSigner } from './cms-signer';
import { addSignaturePlaceholder, type SignatureFields } from './pdf-placeholder';

export interface PdfSigner {
  certificatePem: string;
  /** PKCS#8 PEM ("BEGIN PRIVATE KEY"), RSA or EC. */
  privateKeyPem: string;
  chainPems?: readonly string[];
}

export interface SignatureMeta extends SignatureFields {
  /** Written in the signature dictionary and the CMS; default: now. */
  signingTime?: Date;
}

/** Room for timestamp-free CMS growth the estimate cannot see (an ECDSA value varies by a few bytes). */
const SLACK_BYTES = 256;

/**
 * Signs the whole PDF as it stands (ByteRange = every byte but the signature's own hex) and
 * returns it with the signature appended as an incremental update. Signing a signed PDF again
 * adds a second signature after the first without touching it: several signers sign in turn.
 */
export async function signPdf(pdf: Buffer, signer: PdfSigner, meta: SignatureMeta): Promise<Buffer> {
  const signingTime = meta.signingTime ?? new Date();
  const cms = new CmsSigner({
    certificatePem: signer.certificatePem,
    privateKey: createPrivateKey(signer.privateKeyPem),
    chainPems: signer.chainPems ?? [],
  });
  // The CMS has the same length whatever it signs: one dry run sizes the placeholder.
  const estimate = (await cms.sign(Buffer.alloc(0), signingTime)).length + SLACK_BYTES;
  const prepared = addSignaturePlaceholder(pdf, meta, signingTime, estimate);
  try {
    return await new SignPdf().sign(prepared, cms, signingTime);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      'bad_file',
      { key: 'signing.pdf_unreadable' },
      { details: err instanceof Error ? err.message : String(err) },
    );
  }
}
