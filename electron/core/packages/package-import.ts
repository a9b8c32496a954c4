import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { bilingual, type Message } from '../../../shared/i18n/format';
import type { ImportBatch, ImportResult, ImportTotals } from '../../../shared/ipc/contracts/packages';
import type { Core } from '../core';
import { inTransaction } from '../db/sql';
import { isoNow } from '../service-context';
import { discardCreated, writeVerifiedFile, type CreatedFiles, type WriteOutcome } from './import-writer';
import { MAX_FILE_BYTES } from './package-format';
import { coreStandardLookup } from './standard-lookup';
import { refuse, type Refusal } from './verify-archive';
import { verifyAuditFile, type VerifyContext, type VerifyOutcome } from './verify-file';

/** One file to import: a path main reads, or bytes already in hand. `name` is what the report shows. */
export interface ImportSource {
  name: string;
  path?: string;
  bytes?: Uint8Array;
}

/** Verifies one source; in process by default, in worker threads for big batches (electron/workers). */
export type Verifier = (source: ImportSource) => Promise<VerifyOutcome>;

export interface ImportOptions {
  verifier?: Verifier;
  onProgress?: (done: number, total: number) => void;
  /** Stops after the file in hand: later files are reported refused with check `cancelled`. */
  signal?: AbortSignal;
  /** Files per write transaction; each file is still all-or-nothing on its own (a savepoint). */
  chunkSize?: number;
}

/** SQLite page cache during a large import, in KiB (negative: a size, not a page count). */
export const IMPORT_CACHE_KIB = -256 * 1024;

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 200);

/** The bytes of a source, refusing before reading a file too big to be an audit file. */
export async function readSource(source: ImportSource): Promise<Uint8Array | Refusal> {
  if (source.bytes) return source.bytes;
  if (!source.path) return refuse('file', 'packages.refused.file_unreadable', { details: 'no path' });
  try {
    const info = await stat(source.path);
    if (!info.isFile()) return refuse('file', 'packages.refused.file_unreadable', { details: 'not a file' });
    if (info.size > MAX_FILE_BYTES)
      return refuse('file', 'packages.refused.file_too_large', { size: info.size, max: MAX_FILE_BYTES });
    return await readFile(source.path);
  } catch (err) {
    return refuse('file', 'packages.refused.file_unreadable', { details: errorText(err) });
  }
}

/** Reads and verifies a source; never throws: any failure is the file's refusal. */
export async function verifySource(source: ImportSource, ctx: VerifyContext): Promise<VerifyOutcome> {
  const bytes = await readSource(source);
  if (!(bytes instanceof Uint8Array)) return bytes;
  try {
    return await verifyAuditFile(bytes, ctx);
  } catch (err) {
    return refuse('archive', 'packages.refused.archive', { details: errorText(err) });
  }
}

export function inProcessVerifier(core: Core): Verifier {
  const ctx: VerifyContext = { standards: coreStandardLookup(core) };
  return (source) => verifySource(source, ctx);
}

function resultLine(name: string, verified: VerifyOutcome, written: WriteOutcome | undefined): ImportResult {
  const refused = (r: Refusal): ImportResult => ({
    file: name,
    status: 'refused',
    check: r.check,
    message: bilingual(r.message),
  });
  if (!verified.ok) return refused(verified);
  if (!written) throw new Error('verified file without a write outcome');
  if (!written.ok) return refused(written);
  const { document, manifest, signer } = verified.file;
  const params = { facility: document.facility.name, revision: document.audit.revision, older: written.older ?? 0 };
  const message: Message = { key: `packages.result.${written.status}`, params };
  return {
    file: name,
    status: written.status,
    message: bilingual(message),
    auditId: written.auditId,
    lineageId: manifest.audit.lineageId,
    revision: document.audit.revision,
    facilityCode: document.facility.code,
    facilityName: document.facility.name,
    trust: written.trust,
    signerFingerprint: signer.fingerprint,
    signerName: signer.commonName,
    ...(written.notice ? { notice: bilingual(written.notice) } : {}),
  };
}

export function totalsOf(results: readonly ImportResult[]): ImportTotals {
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
  return {
    files: results.length,
    imported: count('imported'),
    superseded: count('superseded'),
    duplicate: count('duplicate'),
    refused: count('refused'),
    unverified: results.filter((r) => r.status !== 'refused' && r.status !== 'duplicate' && r.trust === 'unverified')
      .length,
  };
}

/**
 * Imports files in order. Each is verified completely before anything of it is written, then
 * written in one all-or-nothing step; files are grouped in transactions of `chunkSize`, and the
 * next group is verified (in workers, when the verifier uses them) while this one is written.
 */
export async function importAuditFiles(
  core: Core,
  sources: readonly ImportSource[],
  opts: ImportOptions = {},
): Promise<ImportBatch> {
  const startedAt = isoNow(core.context);
  const verify = opts.verifier ?? inProcessVerifier(core);
  const chunkSize = Math.max(1, opts.chunkSize ?? 100);
  const results: ImportResult[] = [];
  const cancelled = () => opts.signal?.aborted === true;
  const verifyChunk = (start: number) => Promise.all(sources.slice(start, start + chunkSize).map((s) => verify(s)));

  let pending = sources.length > 0 ? verifyChunk(0) : undefined;
  // Rows land all over the uuid-keyed indexes: a big page cache keeps them from being re-read and
  // spilled again and again during a large import (measured: half the insert time). Given back after.
  const cacheSize = core.db.pragma('cache_size', { simple: true }) as number;
  if (sources.length > chunkSize) core.db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  try {
    for (let start = 0; start < sources.length && pending; start += chunkSize) {
      const outcomes = await pending;
      pending = start + chunkSize < sources.length && !cancelled() ? verifyChunk(start + chunkSize) : undefined;
      // Fast path: the whole chunk in one transaction, no savepoint per file. Should a file fail
      // half-written (a row id taken...), the chunk rolls back and is written again file by file.
      const writeChunk = (atomic: boolean): ImportResult[] => {
        const created: CreatedFiles = { evidence: [], reports: [] };
        try {
          return inTransaction(core.db, () =>
            outcomes.map((verified, i) => {
              const name = sources[start + i]?.name ?? '';
              if (cancelled()) return resultLine(name, refuse('cancelled', 'packages.refused.cancelled'), undefined);
              const written = verified.ok ? writeVerifiedFile(core, verified.file, name, created, atomic) : undefined;
              return resultLine(name, verified, written);
            }),
          );
        } catch (err) {
          discardCreated(core, created);
          throw err;
        }
      };
      let lines: ImportResult[];
      try {
        lines = writeChunk(false);
      } catch {
        lines = writeChunk(true);
      }
      results.push(...lines);
      opts.onProgress?.(results.length, sources.length);
    }
  } finally {
    core.db.pragma(`cache_size = ${cacheSize}`);
  }
  for (const source of sources.slice(results.length))
    results.push(resultLine(source.name, refuse('cancelled', 'packages.refused.cancelled'), undefined));
  return { batchId: randomUUID(), startedAt, finishedAt: isoNow(core.context), results, totals: totalsOf(results) };
}
