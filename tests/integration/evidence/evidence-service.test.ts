import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../shared/ipc/contracts/evidence';
import { call, dispatch } from '../../../electron/core/dispatch';
import { createEvidenceService } from '../../../electron/core/evidence/evidence-service';
import { expectAppError, rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint, townshipCenter } from '../../helpers/test-core';
import { auditWithFinding, evidenceFiles, jpegBytes, pdfBytes, pngBytes, webpBytes } from './evidence-fixtures';

const tempDir = useTempDirs('dabiao-evidence-');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('evidence: attach, list, read, remove', () => {
  it('round-trips the bytes through a content-addressed file and records the attachment in the event log', async () => {
    const { core, handlers, dataDir, audit, finding } = await auditWithFinding(tempDir());
    const bytes = jpegBytes(9, 4096);
    const evidence = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      criterionId: 'M-YN',
      fileName: '消毒记录 2024-05.jpg',
      mimeType: 'image/jpeg',
      contentBase64: base64(bytes),
    });
    expect(evidence).toMatchObject({
      auditId: audit.id,
      criterionId: 'M-YN',
      findingId: null,
      fileName: '消毒记录 2024-05.jpg',
      mimeType: 'image/jpeg',
      size: 4096,
      sha256: sha256(bytes),
    });
    const hash = sha256(bytes);
    expect(evidenceFiles(dataDir)).toEqual([join(hash.slice(0, 2), hash)]);
    expect(readFileSync(join(dataDir, 'evidence', hash.slice(0, 2), hash)).equals(bytes)).toBe(true);

    const read = await call(handlers, 'readEvidence', { id: evidence.id });
    expect(read.mimeType).toBe('image/jpeg');
    expect(Buffer.from(read.contentBase64, 'base64').equals(bytes)).toBe(true);

    const onFinding = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      findingId: finding.id,
      fileName: 'scan.pdf',
      mimeType: 'application/pdf',
      contentBase64: base64(pdfBytes()),
    });
    await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      fileName: 'site.webp',
      mimeType: 'image/webp',
      contentBase64: base64(webpBytes()),
    });
    expect((await call(handlers, 'listEvidence', { auditId: audit.id })).map((e) => e.fileName)).toEqual([
      '消毒记录 2024-05.jpg',
      'scan.pdf',
      'site.webp',
    ]);
    expect(await call(handlers, 'listEvidence', { auditId: audit.id, criterionId: 'M-YN' })).toEqual([evidence]);
    expect(await call(handlers, 'listEvidence', { auditId: audit.id, findingId: finding.id })).toEqual([onFinding]);

    const events = core.repos.events.listFor('audit', audit.id).map((e) => e.type);
    expect(events.filter((t) => t === 'evidence.attached')).toHaveLength(3);
    expect(core.repos.events.verify().ok).toBe(true);

    expect(await call(handlers, 'removeEvidence', { id: evidence.id })).toEqual({ removed: true });
    expect(await call(handlers, 'removeEvidence', { id: evidence.id })).toEqual({ removed: false });
    expect(evidenceFiles(dataDir)).not.toContain(join(hash.slice(0, 2), hash));
    expect(core.repos.events.listFor('audit', audit.id).at(-1)?.type).toBe('evidence.removed');
    expect((await rejection(call(handlers, 'readEvidence', { id: evidence.id }))).code).toBe('not_found');
    core.close();
  });

  it('stores the same bytes once and keeps them while any attachment still points at them', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const bytes = pngBytes();
    const first = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      criterionId: 'M-YN',
      fileName: 'a.png',
      mimeType: 'image/png',
      contentBase64: base64(bytes),
    });
    const second = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      criterionId: 'M-NUM',
      fileName: 'copy of a.png',
      mimeType: 'image/png',
      contentBase64: base64(bytes),
    });
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(evidenceFiles(dataDir)).toHaveLength(1);

    await call(handlers, 'removeEvidence', { id: first.id });
    expect(evidenceFiles(dataDir)).toHaveLength(1);
    const read = await call(handlers, 'readEvidence', { id: second.id });
    expect(Buffer.from(read.contentBase64, 'base64').equals(bytes)).toBe(true);
    await call(handlers, 'removeEvidence', { id: second.id });
    expect(evidenceFiles(dataDir)).toEqual([]);
    core.close();
  });

  it('never uses the file name as a path and keeps it to one plain segment with the right extension', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const attach = (fileName: string, mimeType: 'image/jpeg' | 'application/pdf', seed: number) =>
      call(handlers, 'attachEvidence', {
        auditId: audit.id,
        fileName,
        mimeType,
        contentBase64: base64(
          mimeType === 'image/jpeg' ? jpegBytes(seed) : Buffer.concat([pdfBytes(), Buffer.from([seed])]),
        ),
      });
    expect((await attach('../../../../etc/passwd', 'application/pdf', 1)).fileName).toBe('passwd.pdf');
    expect((await attach('C:\\Users\\x\\照片.JPG', 'image/jpeg', 2)).fileName).toBe('照片.jpg');
    expect((await attach('invoice\u202Egpj.exe', 'image/jpeg', 3)).fileName).toBe('invoicegpj.exe.jpg');
    expect((await attach('a<b>:c|d?.pdf', 'application/pdf', 4)).fileName).toBe('a_b__c_d_.pdf');
    expect((await attach(' ... ', 'image/jpeg', 5)).fileName).toBe('evidence.jpg');
    const long = await attach(`${'很长的名字'.repeat(40)}.pdf`, 'application/pdf', 6);
    expect([...long.fileName]).toHaveLength(120);
    expect(long.fileName.endsWith('.pdf')).toBe(true);
    // Every stored file is named by its hash, under the evidence folder only.
    for (const file of evidenceFiles(dataDir)) expect(file).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(evidenceFiles(dataDir)).toHaveLength(6);
    core.close();
  });

  it('reports a stored file that no longer matches its hash, and a new attachment of the bytes repairs it', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const bytes = jpegBytes(4);
    const evidence = await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      fileName: 'x.jpg',
      mimeType: 'image/jpeg',
      contentBase64: base64(bytes),
    });
    const path = join(dataDir, 'evidence', evidence.sha256.slice(0, 2), evidence.sha256);
    writeFileSync(path, 'tampered');
    const damaged = await rejection(call(handlers, 'readEvidence', { id: evidence.id }));
    expect(damaged.code).toBe('bad_file');
    expect(damaged.localized['zh-CN']).toContain('已丢失或损坏');
    rmSync(path);
    expect((await rejection(call(handlers, 'readEvidence', { id: evidence.id }))).code).toBe('bad_file');

    await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      fileName: 'again.jpg',
      mimeType: 'image/jpeg',
      contentBase64: base64(bytes),
    });
    const read = await call(handlers, 'readEvidence', { id: evidence.id });
    expect(Buffer.from(read.contentBase64, 'base64').equals(bytes)).toBe(true);
    core.close();
  });
});

describe('evidence: refused input leaves database and evidence folder unchanged', () => {
  it('refuses bytes whose magic number does not match the declared type, or is no allowed type at all', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const before = dbFingerprint(core);
    const mismatch = await rejection(
      call(handlers, 'attachEvidence', {
        auditId: audit.id,
        fileName: 'photo.png',
        mimeType: 'image/png',
        contentBase64: base64(jpegBytes()),
      }),
    );
    expect(mismatch.code).toBe('bad_file');
    expect(mismatch.localized['en-US']).toContain('image/jpeg');
    expect(mismatch.localized['zh-CN']).toContain('不符');

    const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
    const unknown = await rejection(
      call(handlers, 'attachEvidence', {
        auditId: audit.id,
        fileName: 'photo.jpg',
        mimeType: 'image/jpeg',
        contentBase64: base64(executable),
      }),
    );
    expect(unknown.code).toBe('bad_file');
    expect(dbFingerprint(core)).toEqual(before);
    expect(evidenceFiles(dataDir)).toEqual([]);
    core.close();
  });

  it('refuses a file over the size limit, in the contract and in the service', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const before = dbFingerprint(core);
    const oversize = jpegBytes(1, EVIDENCE_MAX_BYTES + 1);

    const envelope = await dispatch(handlers, 'evidence:attach-evidence', {
      auditId: audit.id,
      fileName: 'huge.jpg',
      mimeType: 'image/jpeg',
      contentBase64: base64(oversize),
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'validation' } });

    const service = createEvidenceService(core.context, { dataDir, registry: core.standards });
    const err = expectAppError(
      () => service.attach({ auditId: audit.id, fileName: 'huge.jpg', mimeType: 'image/jpeg', bytes: oversize }),
      'bad_file',
    );
    expect(err.localized['zh-CN']).toContain('上限为 15.0 MB');
    expectAppError(
      () =>
        service.attach({ auditId: audit.id, fileName: 'empty.jpg', mimeType: 'image/jpeg', bytes: Buffer.alloc(0) }),
      'bad_file',
    );
    // Exactly at the limit is accepted.
    const atLimit = service.attach({
      auditId: audit.id,
      fileName: 'max.jpg',
      mimeType: 'image/jpeg',
      bytes: jpegBytes(2, EVIDENCE_MAX_BYTES),
    });
    expect(atLimit.size).toBe(EVIDENCE_MAX_BYTES);
    expect(dbFingerprint(core)).not.toEqual(before);
    core.close();
  });

  it('refuses a type outside the allowlist and content that is not base64', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const before = dbFingerprint(core);
    for (const input of [
      { fileName: 'a.gif', mimeType: 'image/gif', contentBase64: base64(Buffer.from('GIF89a')) },
      { fileName: 'a.svg', mimeType: 'image/svg+xml', contentBase64: base64(Buffer.from('<svg/>')) },
      { fileName: 'a.jpg', mimeType: 'image/jpeg', contentBase64: '/9j/ not base64 !' },
    ]) {
      const envelope = await dispatch(handlers, 'evidence:attach-evidence', { auditId: audit.id, ...input });
      expect(envelope, input.fileName).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(dbFingerprint(core)).toEqual(before);
    expect(evidenceFiles(dataDir)).toEqual([]);
    core.close();
  });

  it('refuses an unknown audit or criterion and a finding of another audit', async () => {
    const { core, handlers, dataDir, audit } = await auditWithFinding(tempDir());
    const other = await call(handlers, 'createFacility', townshipCenter());
    const otherAudit = await call(handlers, 'createAudit', { facilityId: other.id, kind: 'self_assessment' });
    const otherFinding = await call(handlers, 'createFinding', {
      auditId: otherAudit.id,
      criterionId: 'T-YN',
      description: '别处的问题',
    });
    const before = dbFingerprint(core);
    const attach = (scope: { auditId: string; criterionId?: string; findingId?: string }) =>
      rejection(
        call(handlers, 'attachEvidence', {
          ...scope,
          fileName: 'x.jpg',
          mimeType: 'image/jpeg',
          contentBase64: base64(jpegBytes()),
        }),
      );
    expect((await attach({ auditId: 'no-such-audit' })).code).toBe('not_found');
    expect((await attach({ auditId: audit.id, criterionId: 'NOPE' })).code).toBe('not_found');
    expect((await attach({ auditId: audit.id, findingId: 'no-such-finding' })).code).toBe('not_found');
    expect((await attach({ auditId: audit.id, findingId: otherFinding.id })).code).toBe('validation');
    expect((await rejection(call(handlers, 'listEvidence', { auditId: 'no-such-audit' }))).code).toBe('not_found');
    expect(dbFingerprint(core)).toEqual(before);
    expect(evidenceFiles(dataDir)).toEqual([]);
    core.close();
  });
});
