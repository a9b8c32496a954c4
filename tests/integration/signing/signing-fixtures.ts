import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import { expect } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import type { Core } from '../../../electron/core/core';
import { createSelfSigned } from '../../../electron/core/signing/certificate';
import { createHandwrittenService } from '../../../electron/core/signing/handwritten-service';
import { createIdentityService } from '../../../electron/core/signing/identity-service';
import { createSigningService, type ReportSource } from '../../../electron/core/signing/signing-service';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import { openTestCore, townshipCenter } from '../../helpers/test-core';

/** A small real PDF as pdfkit writes it (classic xref, compressed page streams), like the reports. */
export function tinyPdf(lines: readonly string[] = ['Dabiao test report', 'page 2']): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: 'test' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    lines.forEach((line, i) => {
      if (i > 0) doc.addPage();
      doc.text(line);
    });
    doc.end();
  });
}

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runTool(command: string, args: readonly string[]): ToolResult {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `openssl` makes the PKCS#12 files and certificates other tools would; tests needing it skip without it. */
export const HAS_OPENSSL = spawnSync('openssl', ['version']).status === 0;

export interface PdfsigSignature {
  commonName: string;
  validation: string;
  certificate: string;
  totalDocument: boolean;
  subFilter: string;
}

/** What poppler's pdfsig says of each signature of the file, in document order. */
export function pdfsig(file: string): { output: string; signatures: PdfsigSignature[] } {
  const { stdout, stderr } = runTool('pdfsig', [file]);
  const output = stdout + stderr;
  const signatures = output
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      commonName: /Signer Certificate Common Name: (.*)$/m.exec(block)?.[1] ?? '',
      validation: /Signature Validation: (.*)$/m.exec(block)?.[1] ?? '',
      certificate: /Certificate Validation: (.*)$/m.exec(block)?.[1] ?? '',
      totalDocument: /^\s*- Total document signed$/m.test(block),
      subFilter: /Signature Type: (.*)$/m.exec(block)?.[1] ?? '',
    }));
  return { output, signatures };
}

/** Asserts that pdfsig finds exactly these signers, in order, each signature valid; returns what it found. */
export function expectValidSignatures(file: string, names: readonly string[]): PdfsigSignature[] {
  const { output, signatures } = pdfsig(file);
  expect(
    signatures.map((s) => [s.commonName, s.validation]),
    output,
  ).toEqual(names.map((name) => [name, 'Signature is Valid.']));
  return signatures;
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A PKCS#12 made by node-forge from a key and certificate of ours, dated now. */
export function forgePkcs12(password: string, algorithm?: '3des' | 'aes256') {
  const made = createSelfSigned({ name: '赵敏', organisation: '西双版纳州卫生健康委员会' }, new Date());
  const key = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(made.privateKeyPkcs8.toString('binary')));
  const cert = forge.pki.certificateFromPem(made.certificatePem);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, algorithm ? { algorithm } : {});
  return { made, bytes: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary') };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real (decodable) grey PNG of the given size, like a signature pad's canvas export. */
export function signaturePng(width = 40, height = 12): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y += 1) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Stands in for the report renderer: a pdfkit PDF naming the audit, and as the document hash
 * the audit's current record (answers, rosters, findings), so any edit changes it.
 */
export function fakeReports(core: Core): ReportSource & { rendered: number; handwrittenNames: string[] } {
  const documentSha256 = (auditId: string) =>
    createHash('sha256')
      .update(canonicalJson(core.audits.get(auditId)))
      .digest('hex');
  const source = {
    rendered: 0,
    handwrittenNames: [] as string[],
    documentSha256,
    async render(auditId: string, options: { lang: string; handwritten: readonly { name: string }[] }) {
      source.rendered += 1;
      source.handwrittenNames = options.handwritten.map((h) => h.name);
      const sha256 = documentSha256(auditId);
      const pdf = await tinyPdf([`Audit ${auditId} (${options.lang})`, `Signatures: ${options.handwritten.length}`]);
      return { pdf, sha256, pages: 2 };
    },
  };
  return source;
}

/** A test core with a completed township audit (the fixture standard has one yes/no criterion) and the signing services. */
export async function completedAudit(root: string, reports?: (core: Core) => ReportSource) {
  const tc = openTestCore(root);
  const { core, handlers, dataDir } = tc;
  const facility = await call(handlers, 'createFacility', townshipCenter());
  const audit = await call(handlers, 'createAudit', { facilityId: facility.id, kind: 'on_site_inspection' });
  await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'T-YN', value: true });
  await call(handlers, 'saveStaff', { auditId: audit.id, name: '王医生', qualification: 'licensed_physician' });
  await call(handlers, 'setStatus', { id: audit.id, status: 'completed' });
  const identities = createIdentityService(core.context);
  const source = reports ? reports(core) : fakeReports(core);
  const signing = createSigningService(core.context, { dataDir, identities, reports: source });
  const handwritten = createHandwrittenService(core.context);
  return { ...tc, facility, audit, identities, signing, handwritten, reports: source };
}

/** Row counts of the signing tables plus the event-log head and the audit's status. */
export function signingFingerprint(core: Core, auditId: string): Record<string, unknown> {
  const count = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    identity: count('identity'),
    report_signature: count('report_signature'),
    handwritten_signature: count('handwritten_signature'),
    head: core.db.prepare('SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1').get(),
    status: core.repos.audits.get(auditId)?.status,
  };
}
