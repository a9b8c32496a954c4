import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSelfSigned, privateKeyOf } from '../../../electron/core/signing/certificate';
import { signPdf, type PdfSigner } from '../../../electron/core/signing/pdf-sign';
import { useTempDirs } from '../../helpers/temp-dir';
import { expectValidSignatures, HAS_OPENSSL, pdfsig, runTool, tinyPdf, writeTemp } from './signing-fixtures';

const tempDir = useTempDirs('dabiao-pdf-sign-');
const AT = new Date('2026-03-02T08:30:00Z');

function selfSigned(name: string, organisation = '勐腊县卫生健康局'): PdfSigner {
  const made = createSelfSigned({ name, organisation, role: '组长' }, new Date());
  return {
    certificatePem: made.certificatePem,
    privateKeyPem: privateKeyOf(made.privateKeyPkcs8).export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const meta = (name: string) => ({ name, reason: '达标核查报告签名', location: '云南省勐腊县', signingTime: AT });

/** The four numbers of the last /ByteRange in the file. */
function lastByteRange(pdf: Buffer): [number, number, number, number] {
  const all = [...pdf.toString('latin1').matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/g)];
  const last = all.at(-1);
  if (!last) throw new Error('no ByteRange');
  return [Number(last[1]), Number(last[2]), Number(last[3]), Number(last[4])];
}

describe('signPdf', () => {
  it('signs the whole document so that pdfsig and qpdf accept it', async () => {
    const dir = tempDir();
    const signed = await signPdf(await tinyPdf(), selfSigned('张伟'), meta('张伟'));
    const [start, before, after, rest] = lastByteRange(signed);
    // Everything but the signature's own hex string: from byte 0 to the end of the file.
    expect(start).toBe(0);
    expect(after + rest).toBe(signed.length);
    expect(signed.subarray(before, after).toString('latin1')).toMatch(/^<[0-9a-f]+>$/);

    const file = writeTemp(dir, 'one.pdf', signed);
    const { output, signatures } = pdfsig(file);
    expect(signatures, output).toHaveLength(1);
    expect(signatures[0]).toMatchObject({
      commonName: '张伟',
      validation: 'Signature is Valid.',
      totalDocument: true,
      subFilter: 'adbe.pkcs7.detached',
    });
    // Self-signed: valid signature, untrusted issuer.
    expect(signatures[0]?.certificate).toMatch(/issuer is unknown|untrusted/i);
    const check = runTool('qpdf', ['--check', file]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('writes the signer, reason and location in Chinese, as UTF-16 PDF text', async () => {
    const dir = tempDir();
    const signed = await signPdf(await tinyPdf(), selfSigned('李娜'), meta('李娜'));
    const file = writeTemp(dir, 'text.pdf', signed);
    const dump = runTool('qpdf', ['--qdf', '--object-streams=disable', file, '-']).stdout;
    const hex = (text: string) => `feff${Buffer.from(text, 'utf16le').swap16().toString('hex')}`;
    for (const text of ['李娜', '达标核查报告签名', '云南省勐腊县']) expect(dump.toLowerCase()).toContain(hex(text));
  });

  it('lets several signers sign in turn, each signature staying valid', async () => {
    const dir = tempDir();
    const first = await signPdf(await tinyPdf(), selfSigned('张伟'), meta('张伟'));
    const second = await signPdf(first, selfSigned('李娜', '景洪市卫生健康局'), meta('李娜'));
    // The second signature is an incremental update: the first signed bytes are untouched.
    expect(second.subarray(0, first.length).equals(first)).toBe(true);
    const file = writeTemp(dir, 'two.pdf', second);
    const signatures = expectValidSignatures(file, ['张伟', '李娜']);
    // The last signature covers the whole file; the first, the file as it was when it was made.
    expect(signatures[1]?.totalDocument).toBe(true);
    expect(runTool('qpdf', ['--check', file]).code).toBe(0);
  });

  it('is reported invalid after one byte inside the signed range changes', async () => {
    const dir = tempDir();
    const signed = await signPdf(await tinyPdf(['原始内容']), selfSigned('张伟'), meta('张伟'));
    const [, before] = lastByteRange(signed);
    const tampered = Buffer.from(signed);
    // A byte of the page content stream, well inside the first signed range.
    const at = Math.floor(before / 2);
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const file = writeTemp(dir, 'tampered.pdf', tampered);
    const { output, signatures } = pdfsig(file);
    expect(signatures, output).toHaveLength(1);
    expect(signatures[0]?.validation).not.toBe('Signature is Valid.');
    expect(signatures[0]?.validation).toMatch(/invalid|mismatch|failure/i);
  });

  it.skipIf(!HAS_OPENSSL)('signs with an EC P-256 key and an OpenSSL-made certificate too', async () => {
    const dir = tempDir();
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const privateKeyPem = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const keyFile = writeTemp(dir, 'ec.pem', Buffer.from(privateKeyPem));
    const cert = runTool('openssl', ['req', '-new', '-x509', '-key', keyFile, '-subj', '/CN=EC Signer', '-days', '30']);
    expect(cert.code, cert.stderr).toBe(0);
    const signed = await signPdf(await tinyPdf(), { certificatePem: cert.stdout, privateKeyPem }, meta('EC Signer'));
    expectValidSignatures(writeTemp(dir, 'ec.pdf', signed), ['EC Signer']);
  });
});
