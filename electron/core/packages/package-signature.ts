import { X509Certificate, createHash, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import type { SignatureAlgorithm, SignatureFile } from './package-format';

/** Signs the exact bytes of manifest.json (RSA PKCS#1 v1.5 or ECDSA, both over SHA-256). */
export interface ManifestSigner {
  certificatePem: string;
  sign(manifest: Uint8Array): { algorithm: SignatureAlgorithm; signature: Buffer };
}

export interface CertificateInfo {
  /** SHA-256 of the DER, lower-case hex: the same fingerprint the identities show. */
  fingerprint: string;
  commonName: string;
  organisation: string | null;
  /** PEM as Node prints it: the one accepted spelling of a certificate in signature.json. */
  pem: string;
  publicKey: KeyObject;
}

function algorithmOf(key: KeyObject): SignatureAlgorithm | undefined {
  if (key.asymmetricKeyType === 'rsa') return 'RSA-SHA256';
  if (key.asymmetricKeyType === 'ec') return 'ECDSA-SHA256';
  return undefined;
}

/** Identities hold RSA or EC keys only (signing/pkcs12.ts refuses others). */
export function keySigner(certificatePem: string, privateKey: KeyObject): ManifestSigner {
  const algorithm = algorithmOf(privateKey);
  if (!algorithm) throw new Error(`unsupported key type ${privateKey.asymmetricKeyType ?? '?'}`);
  return {
    certificatePem,
    sign: (manifest) => ({ algorithm, signature: sign('sha256', manifest, privateKey) }),
  };
}

function subjectField(x509: X509Certificate, field: string): string | null {
  const line = x509.subject.split('\n').find((l) => l.startsWith(`${field}=`));
  return line === undefined ? null : line.slice(field.length + 1);
}

// Few signers sign thousands of files: each certificate is parsed once per process.
const parsed = new Map<string, CertificateInfo>();

/** Parses a PEM certificate; throws if it is not one. */
export function certificateInfo(pem: string): CertificateInfo {
  const known = parsed.get(pem);
  if (known) return known;
  const x509 = new X509Certificate(pem);
  const info: CertificateInfo = {
    fingerprint: createHash('sha256').update(x509.raw).digest('hex'),
    commonName: subjectField(x509, 'CN') ?? '',
    organisation: subjectField(x509, 'O'),
    pem: x509.toString(),
    publicKey: x509.publicKey,
  };
  if (parsed.size > 1000) parsed.clear();
  parsed.set(pem, info);
  return info;
}

/** signature.json for these manifest bytes, in canonical JSON. */
export function signatureFile(signer: ManifestSigner, manifest: Uint8Array): Buffer {
  const { algorithm, signature } = signer.sign(manifest);
  const file: SignatureFile = {
    algorithm,
    certificate: certificateInfo(signer.certificatePem).pem,
    signature: signature.toString('base64'),
  };
  return Buffer.from(canonicalJson(file), 'utf8');
}

export type SignatureProblem = 'certificate' | 'algorithm' | 'encoding' | 'invalid';

/**
 * Checks signature.json against the manifest bytes. Only one spelling of each field is accepted
 * (Node's PEM, canonical base64), so no byte of the file can change without being refused.
 */
export function checkSignature(
  file: SignatureFile,
  manifest: Uint8Array,
): { ok: true; certificate: CertificateInfo } | { ok: false; problem: SignatureProblem } {
  let certificate: CertificateInfo;
  try {
    certificate = certificateInfo(file.certificate);
  } catch {
    return { ok: false, problem: 'certificate' };
  }
  if (certificate.pem !== file.certificate) return { ok: false, problem: 'certificate' };
  if (algorithmOf(certificate.publicKey) !== file.algorithm) return { ok: false, problem: 'algorithm' };
  const signature = Buffer.from(file.signature, 'base64');
  if (signature.toString('base64') !== file.signature) return { ok: false, problem: 'encoding' };
  return verify('sha256', manifest, certificate.publicKey, signature)
    ? { ok: true, certificate }
    : { ok: false, problem: 'invalid' };
}
