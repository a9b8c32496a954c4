import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { call } from '../../../electron/core/dispatch';
import { openTestCore, villageClinic } from '../../helpers/test-core';

/** Bytes that carry a real magic number; the core checks signatures, it does not decode images. */
export function jpegBytes(seed = 1, size = 64): Buffer {
  const bytes = Buffer.alloc(size, seed);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

export const pngBytes = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 7)]);

export const webpBytes = (): Buffer =>
  Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4, 0), Buffer.from('WEBPVP8 '), Buffer.alloc(16, 3)]);

export const pdfBytes = (): Buffer => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** Every file under `<dataDir>/evidence`, temp files included, as paths relative to it. */
export function evidenceFiles(dataDir: string): string[] {
  const root = join(dataDir, 'evidence');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

/** A core with one village clinic audit, one finding on M-YN and an answer. */
export async function auditWithFinding(root: string) {
  const tc = openTestCore(root);
  const facility = await call(tc.handlers, 'createFacility', villageClinic());
  const audit = await call(tc.handlers, 'createAudit', { facilityId: facility.id, kind: 'on_site_inspection' });
  await call(tc.handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: false });
  const finding = await call(tc.handlers, 'createFinding', {
    auditId: audit.id,
    criterionId: 'M-YN',
    description: '消毒记录缺失',
  });
  return { ...tc, audit, finding };
}
