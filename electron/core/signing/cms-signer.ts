import { createHash, sign, type KeyObject } from 'node:crypto';
import { Signer } from '@signpdf/signpdf';
import forge from 'node-forge';
import { AppError } from '../../../shared/errors';

const { asn1 } = forge;
const { Class, Type } = asn1;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

const oid = (id: string) => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(id).getBytes());
const seq = (...items: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
const set = (...items: forge.asn1.Asn1[]) => asn1.create(Class.UNIVERSAL, Type.SET, true, items);
const octets = (bytes: Buffer) => asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes.toString('binary'));
const integer = (n: number) => asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const nullValue = () => asn1.create(Class.UNIVERSAL, Type.NULL, false, '');
const tagged0 = (items: forge.asn1.Asn1[]) => asn1.create(Class.CONTEXT_SPECIFIC, 0, true, items);
const der = (value: forge.asn1.Asn1): Buffer => Buffer.from(asn1.toDer(value).getBytes(), 'binary');
const pemToDer = (pem: string): Buffer => Buffer.from(forge.pem.decode(pem)[0]?.body ?? '', 'binary');

interface ParsedCertificate {
  der: Buffer;
  asn1: forge.asn1.Asn1;
  issuer: forge.asn1.Asn1;
  serial: forge.asn1.Asn1;
}

/** Issuer and serial exactly as the certificate encodes them: a verifier matches the signer by these bytes. */
function parseCertificate(pem: string): ParsedCertificate {
  const bytes = pemToDer(pem);
  const parsed = asn1.fromDer(bytes.toString('binary'));
  const tbs = Array.isArray(parsed.value) ? parsed.value[0] : undefined;
  const fields = tbs && Array.isArray(tbs.value) ? tbs.value : [];
  const first = fields[0];
  const at = first?.tagClass === Class.CONTEXT_SPECIFIC ? 1 : 0;
  const serial = fields[at];
  const issuer = fields[at + 2];
  if (!serial || !issuer || !der(parsed).equals(bytes))
    throw new AppError('bad_file', { key: 'signing.bad_certificate' });
  return { der: bytes, asn1: parsed, issuer, serial };
}

function signatureAlgorithm(key: KeyObject): forge.asn1.Asn1 {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return seq(oid(OID.rsaEncryption), nullValue());
    case 'ec':
      return seq(oid(OID.ecdsaWithSha256));
    default:
      throw new AppError('validation', {
        key: 'signing.key_unsupported',
        params: { type: key.asymmetricKeyType ?? '?' },
      });
  }
}

/** DER orders a SET OF by the encodings of its members. */
function derSet(items: forge.asn1.Asn1[]): forge.asn1.Asn1[] {
  return items
    .map((item) => ({ item, bytes: der(item) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map(({ item }) => item);
}

export interface CmsSignerOptions {
  certificatePem: string;
  privateKey: KeyObject;
  /** Issuer certificates to embed, so a verifier can build the chain. */
  chainPems?: readonly string[];
}

/**
 * A detached CMS SignedData (PKCS#7) over the bytes @signpdf hands over, SHA-256 throughout, with
 * content type, message digest, signing time and the ESS signing-certificate-v2 attribute (which
 * binds the certificate itself, as CAdES asks). The signature value comes from Node's crypto, so
 * RSA and EC keys both work; forge only assembles the ASN.1.
 */
export class CmsSigner extends Signer {
  readonly #certificate: ParsedCertificate;
  readonly #chain: ParsedCertificate[];
  readonly #key: KeyObject;

  constructor(options: CmsSignerOptions) {
    super();
    this.#certificate = parseCertificate(options.certificatePem);
    this.#chain = (options.chainPems ?? []).map(parseCertificate);
    this.#key = options.privateKey;
  }

  override async sign(content: Buffer, signingTime: Date = new Date()): Promise<Buffer> {
    const certificate = this.#certificate;
    const digestAlgorithm = seq(oid(OID.sha256), nullValue());
    const signedAttributes = derSet([
      seq(oid(OID.contentType), set(oid(OID.data))),
      seq(
        oid(OID.signingTime),
        set(asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, asn1.dateToUtcTime(signingTime))),
      ),
      seq(oid(OID.messageDigest), set(octets(createHash('sha256').update(content).digest()))),
      seq(
        oid(OID.signingCertificateV2),
        set(seq(seq(seq(octets(createHash('sha256').update(certificate.der).digest()))))),
      ),
    ]);
    const algorithm = signatureAlgorithm(this.#key);
    // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are stored under.
    const signature = sign('sha256', der(set(...signedAttributes)), this.#key);
    const signerInfo = seq(
      integer(1),
      seq(certificate.issuer, certificate.serial),
      digestAlgorithm,
      tagged0(signedAttributes),
      algorithm,
      octets(signature),
    );
    const signedData = seq(
      integer(1),
      set(digestAlgorithm),
      seq(oid(OID.data)),
      tagged0([certificate.asn1, ...this.#chain.map((c) => c.asn1)]),
      set(signerInfo),
    );
    return der(seq(oid(OID.signedData), tagged0([signedData])));
  }
}
