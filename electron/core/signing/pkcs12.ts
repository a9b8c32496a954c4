import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { AppError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/format';
import type { KeyAndCertificate } from './certificate';

// One limit for the CLI's file read and the app's import contract.
export { PKCS12_MAX_BYTES } from '../../../shared/ipc/contracts/signing';

const badFile = (key: MessageKey, details?: string) =>
  new AppError('bad_file', { key }, details === undefined ? undefined : { details });

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const DECRYPT_FAILED = /Failed to decrypt PKCS#12 SafeContents|Unable to decrypt PKCS#8 ShroudedKeyBag/;

/**
 * The PFX without its MacData: forge checks a MAC whenever there is one, with the one password
 * it is given, and the retry below must give it another encoding of that password.
 */
function withoutMac(pfx: forge.asn1.Asn1): forge.asn1.Asn1 {
  const parts = Array.isArray(pfx.value) ? pfx.value.slice(0, 2) : [];
  return forge.asn1.create(pfx.tagClass, pfx.type, pfx.constructed, parts);
}

function parse(bytes: Buffer, passphrase: string): forge.pkcs12.Pkcs12Pfx {
  let pfx: forge.asn1.Asn1;
  try {
    // forge reads "binary" strings: one char per byte, never UTF-8.
    pfx = forge.asn1.fromDer(bytes.toString('binary'));
  } catch (err) {
    throw badFile('signing.p12_unreadable', messageOf(err));
  }
  try {
    // Not strict: files from Windows and older OpenSSL carry harmless non-DER lengths.
    return forge.pkcs12.pkcs12FromAsn1(pfx, false, passphrase);
  } catch (err) {
    const message = messageOf(err);
    // The MAC is keyed by the password (PKCS#12 appendix B, as BMPString), so a wrong one
    // fails the MAC first; files without a MAC fail to decrypt the key bag instead.
    if (/MAC could not be verified|wrong password|Invalid password/i.test(message))
      throw new AppError('validation', { key: 'signing.p12_wrong_passphrase' });
    // MAC passed, decryption failed: PBES2 (OpenSSL 3's default) derives its key from the
    // password's UTF-8 bytes, and forge hands PBKDF2 one byte per character. The MAC has just
    // proved the passphrase right, so decrypt again with the UTF-8 form and the MAC left out.
    if (DECRYPT_FAILED.test(message) && /[^ -~]/.test(passphrase)) {
      try {
        return forge.pkcs12.pkcs12FromAsn1(withoutMac(pfx), false, forge.util.encodeUtf8(passphrase));
      } catch (retryError) {
        throw badFile('signing.p12_unreadable', messageOf(retryError));
      }
    }
    throw badFile('signing.p12_unreadable', message);
  }
}

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return p12.getBags({ bagType })[bagType] ?? [];
}

const derOf = (asn1: forge.asn1.Asn1): Buffer => Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');

/** forge decodes RSA keys itself and hands any other kind (EC) over as its PrivateKeyInfo. */
function pkcs8Of(bag: forge.pkcs12.Bag): Buffer {
  const der = bag.key ? derOf(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key))) : derOf(bag.asn1);
  try {
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw badFile('signing.p12_unsupported_key');
  }
  return der;
}

function certificatePemOf(bag: forge.pkcs12.Bag): string {
  const der = bag.cert ? derOf(forge.pki.certificateToAsn1(bag.cert)) : derOf(bag.asn1);
  try {
    return new X509Certificate(der).toString();
  } catch {
    throw badFile('signing.p12_unreadable', 'certificate');
  }
}

/** The certificate whose public key is this private key's: the signer's own, whatever the bag order. */
function certificateFor(pkcs8: Buffer, pems: readonly string[]): string | undefined {
  const publicDer = createPublicKey(createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })).export({
    type: 'spki',
    format: 'der',
  });
  return pems.find((pem) => {
    const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
    return spki.equals(publicDer);
  });
}

/**
 * Reads a PKCS#12 file: the one private key, its certificate and the issuers that came with it.
 * A wrong passphrase is a `validation` error, a damaged or unusable file a `bad_file` one.
 */
export function readPkcs12(bytes: Buffer, passphrase: string): KeyAndCertificate {
  const p12 = parse(bytes, passphrase);
  const keyBags = [
    ...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag ?? ''),
    ...bagsOf(p12, forge.pki.oids.keyBag ?? ''),
  ];
  if (keyBags.length === 0) throw badFile('signing.p12_no_key');
  if (keyBags.length > 1) throw badFile('signing.p12_many_keys');
  const pkcs8 = pkcs8Of(keyBags[0] as forge.pkcs12.Bag);
  const pems = bagsOf(p12, forge.pki.oids.certBag ?? '').map(certificatePemOf);
  const certificatePem = certificateFor(pkcs8, pems);
  if (!certificatePem) throw badFile('signing.p12_no_certificate');
  return { certificatePem, privateKeyPkcs8: pkcs8, chainPems: pems.filter((pem) => pem !== certificatePem) };
}
