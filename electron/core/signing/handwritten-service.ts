import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { ContractParsedInput, Contracts } from '../../../shared/ipc';
import type { HandwrittenSignature } from '../../../shared/ipc/contracts/signing';
import { editableAudit, requireAudit } from '../audits/audit-edit';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, type ServiceContext } from '../service-context';
import { sha256Hex } from './report-store';
import { createSignatureRepository, type HandwrittenRecord } from './signature-repository';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A signature pad draws a few hundred pixels across; a bigger canvas is not a signature. */
const MAX_SIDE = 4096;

/** The file must be a PNG whose header (IHDR, right after the magic) names a sane size. */
function assertPng(png: Buffer): void {
  const ok =
    png.length > 33 &&
    png.subarray(0, 8).equals(PNG_MAGIC) &&
    png.toString('latin1', 12, 16) === 'IHDR' &&
    png.readUInt32BE(16) >= 1 &&
    png.readUInt32BE(16) <= MAX_SIDE &&
    png.readUInt32BE(20) >= 1 &&
    png.readUInt32BE(20) <= MAX_SIDE;
  if (!ok) throw new AppError('bad_file', { key: 'signing.png_invalid' });
}

export const toHandwritten = (r: HandwrittenRecord): HandwrittenSignature => ({
  id: r.id,
  auditId: r.auditId,
  name: r.name,
  role: r.role,
  pngBase64: r.png.toString('base64'),
  pngSha256: r.pngSha256,
  signedAt: r.signedAt,
});

export function createHandwrittenService(ctx: ServiceContext) {
  const signatures = createSignatureRepository(ctx.db);
  return {
    /**
     * Saves (or replaces) one person's drawn signature. Signing by hand comes after completion,
     * so a completed audit stays completed; only its modification time moves, which the signing
     * service notices if this lands while a report is being signed.
     */
    save(input: ContractParsedInput<Contracts['saveHandwritten']>): HandwrittenSignature {
      const png = Buffer.from(input.pngBase64, 'base64');
      assertPng(png);
      return inTransaction(ctx.db, () => {
        const audit = editableAudit(ctx, input.auditId);
        const at = isoNow(ctx);
        const saved = signatures.saveHandwritten({
          id: randomUUID(),
          auditId: audit.id,
          name: input.name,
          role: input.role,
          png,
          pngSha256: sha256Hex(png),
          signedAt: at,
        });
        ctx.repos.audits.touch(audit.id, at);
        logEvent(ctx, 'handwritten.saved', 'audit', audit.id, {
          id: saved.id,
          name: saved.name,
          role: saved.role,
          pngSha256: saved.pngSha256,
        });
        return toHandwritten(saved);
      });
    },

    list(auditId: string): HandwrittenSignature[] {
      requireAudit(ctx, auditId);
      return signatures.listHandwritten(auditId).map(toHandwritten);
    },
  };
}

export type HandwrittenService = ReturnType<typeof createHandwrittenService>;
