import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createEvidenceService } from '../../../electron/core/evidence/evidence-service';
import type { HandlerTable } from '../../../electron/core/handlers';
import { expectAppError, rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint, openTestCore } from '../../helpers/test-core';
import { auditWithFinding, evidenceFiles, jpegBytes } from './evidence-fixtures';

const tempDir = useTempDirs('dabiao-evidence-safety-');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A JPEG attachment the core must refuse; its internal-error log is kept out of the test output. */
const refusedJpeg = (handlers: HandlerTable, auditId: string, fileName: string, bytes: Uint8Array) =>
  rejection(
    call(
      handlers,
      'attachEvidence',
      { auditId, fileName, mimeType: 'image/jpeg', contentBase64: base64(bytes) },
      () => undefined,
    ),
  );

/** Every event-log insert aborts, as on a full disk, so the attachment's transaction cannot commit. */
const failEventLog = (core: Core): (() => void) => {
  core.db.exec(
    `CREATE TEMP TRIGGER fail_log BEFORE INSERT ON main.event_log BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
  );
  return () => core.db.exec('DROP TRIGGER temp.fail_log');
};

describe('evidence of a signed audit', () => {
  it('can be listed and read but neither added nor removed', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const kept = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      criterionId: 'M-YN',
      fileName: 'kept.jpg',
      mimeType: 'image/jpeg',
      contentBase64: base64(jpegBytes(1)),
    });
    core.db.prepare(`UPDATE audit SET status = 'signed' WHERE id = ?`).run(audit.id);
    const before = dbFingerprint(core);
    const filesBefore = evidenceFiles(dataDir);

    const added = await rejection(
      call(handlers, 'attachEvidence', {
        auditId: audit.id,
        fileName: 'late.jpg',
        mimeType: 'image/jpeg',
        contentBase64: base64(jpegBytes(2)),
      }),
    );
    expect(added.code).toBe('locked');
    expect(added.localized['zh-CN']).toContain('已签名');
    expect((await rejection(call(handlers, 'removeEvidence', { id: kept.id }))).code).toBe('locked');

    // The database refuses too, whatever path the write takes.
    const service = createEvidenceService(core.context, { dataDir, registry: core.standards });
    expectAppError(() => core.repos.evidence.remove(audit.id, kept.id), 'locked');
    expectAppError(
      () => service.attach({ auditId: audit.id, fileName: 'x.jpg', mimeType: 'image/jpeg', bytes: jpegBytes(3) }),
      'locked',
    );

    expect(dbFingerprint(core)).toEqual(before);
    expect(evidenceFiles(dataDir)).toEqual(filesBefore);
    expect(await call(handlers, 'listEvidence', { auditId: audit.id })).toEqual([kept]);
    expect((await call(handlers, 'readEvidence', { id: kept.id })).mimeType).toBe('image/jpeg');
    core.close();
  });
});

describe('evidence: nothing half-written', () => {
  it('takes back the file it wrote when the row cannot commit', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const before = dbFingerprint(core);
    const restoreEventLog = failEventLog(core);
    const err = await refusedJpeg(handlers, audit.id, 'x.jpg', jpegBytes());
    expect(err.code).toBe('internal');
    restoreEventLog();
    expect(dbFingerprint(core)).toEqual(before);
    expect(evidenceFiles(dataDir)).toEqual([]);
    core.close();
  });

  it('keeps bytes another attachment uses when a second attachment of them fails to commit', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const bytes = jpegBytes(5);
    const first = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      fileName: 'first.jpg',
      mimeType: 'image/jpeg',
      contentBase64: base64(bytes),
    });
    const files = evidenceFiles(dataDir);
    const restoreEventLog = failEventLog(core);
    await refusedJpeg(handlers, audit.id, 'second.jpg', bytes);
    restoreEventLog();
    expect(evidenceFiles(dataDir)).toEqual(files);
    expect(await call(handlers, 'listEvidence', { auditId: audit.id })).toEqual([first]);
    core.close();
  });

  it('writes no row when the bytes cannot be stored, and leaves no temp file', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const before = dbFingerprint(core);
    // A plain file where the evidence folder belongs: the store cannot create its subfolder.
    writeFileSync(join(dataDir, 'evidence'), 'not a folder');
    const err = await refusedJpeg(handlers, audit.id, 'x.jpg', jpegBytes());
    expect(err.code).toBe('internal');
    expect(dbFingerprint(core)).toEqual(before);
    rmSync(join(dataDir, 'evidence'));

    // A folder where the final file belongs: the temp file is written, the rename fails, the temp is removed.
    const bytes = jpegBytes(6);
    const hash = sha256(bytes);
    mkdirSync(join(dataDir, 'evidence', hash.slice(0, 2), hash, 'blocker'), { recursive: true });
    await refusedJpeg(handlers, audit.id, 'y.jpg', bytes);
    expect(dbFingerprint(core)).toEqual(before);
    expect(evidenceFiles(dataDir)).toEqual([]);
    core.close();
  });

  it('survives a reopen: attachments and bytes are where the committed rows say', async () => {
    const root = tempDir();
    const { core, handlers, audit } = await auditWithFinding(root);
    const bytes = jpegBytes(8);
    const evidence = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      fileName: 'x.jpg',
      mimeType: 'image/jpeg',
      contentBase64: base64(bytes),
    });
    core.close();
    const reopened = openTestCore(root);
    const read = await call(reopened.handlers, 'readEvidence', { id: evidence.id });
    expect(Buffer.from(read.contentBase64, 'base64').equals(bytes)).toBe(true);
    reopened.core.close();
  });
});
