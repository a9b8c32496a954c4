import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { createHandlers, type HandlerPlatform } from '../../../electron/core/handlers';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestCore } from '../../helpers/test-core';
import { twoRevisions, unlock } from './package-fixtures';

const tempDir = useTempDirs('dabiao-package-handlers-');

/** The shell's part, as main would supply it: dialogs that answer with these paths, a key store. */
function platform(answers: { save?: string | null; folder?: string | null; open?: string[] | null }): HandlerPlatform {
  return {
    chooseSavePath: async () => answers.save ?? null,
    chooseFolder: async () => answers.folder ?? null,
    chooseOpenPaths: async () => answers.open ?? null,
    keyProtector: unlock,
  };
}

describe('audit files through the handler table', () => {
  it('exports a selection to a folder, imports the folder, saves the report and manages trust', async () => {
    const root = tempDir();
    const { source, revision2Id } = await twoRevisions(root);
    const out = join(root, 'out');
    mkdirSync(out);
    const exporter = createHandlers(source.core, platform({ folder: out }));
    const exported = await call(exporter, 'exportAudits', {
      auditIds: [source.auditId, revision2Id],
      identityId: source.identity.id,
    });
    if (!('results' in exported)) throw new Error('not cancelled');
    expect(exported.results.map((r) => r.status)).toEqual(['exported', 'exported']);
    const date = source.core.repos.audits.get(source.auditId)?.auditDate ?? '';
    expect(readdirSync(out).sort()).toEqual([`曼纳伞村卫生室-${date}-r1.dabiao`, `曼纳伞村卫生室-${date}-r2.dabiao`]);
    expect(exported.results[0]?.message['en-US']).toContain(out);

    const reviewer = openTestCore(join(root, 'reviewer'));
    const reportPath = join(root, 'batch.csv');
    const handlers = createHandlers(reviewer.core, platform({ save: reportPath }));
    const batch = await call(handlers, 'importAudits', { paths: [out] });
    if (!('results' in batch)) throw new Error('not cancelled');
    expect(batch.results.map((r) => [r.status, r.trust])).toEqual([
      ['imported', 'unverified'],
      ['superseded', 'unverified'],
    ]);
    expect(batch.totals).toEqual({ files: 2, imported: 1, superseded: 1, duplicate: 0, refused: 0, unverified: 2 });
    expect(await call(handlers, 'importProgress', {})).toEqual({ running: false, done: 0, total: 0 });

    const saved = await call(handlers, 'saveImportReport', { batchId: batch.batchId, format: 'csv' });
    expect(saved).toEqual({ path: reportPath, bytes: readFileSync(reportPath).length });
    const csv = readFileSync(reportPath, 'utf8');
    expect(csv.startsWith('\uFEFF文件,结果,未通过的检查')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(csv).toContain('已导入（取代旧版）');

    const [signer] = await call(handlers, 'listSigners', {});
    expect(signer).toMatchObject({ name: '张伟', trusted: false, audits: 2 });
    const fingerprint = signer?.fingerprint ?? '';
    expect(fingerprint).toBe(source.identity.fingerprint);
    const trusted = await call(handlers, 'trustCertificate', { fingerprint });
    expect(trusted).toMatchObject({ fingerprint, name: '张伟', organisation: '勐腊县卫生健康局' });
    expect(await call(handlers, 'listTrusted', {})).toEqual([trusted]);
    // Trust applies to what was imported before it: the same files now read as verified.
    const again = await call(handlers, 'importAudits', { paths: [out] });
    if (!('results' in again)) throw new Error('not cancelled');
    expect(again.results.map((r) => [r.status, r.trust])).toEqual([
      ['duplicate', 'verified'],
      ['duplicate', 'verified'],
    ]);
    expect(await call(handlers, 'untrustCertificate', { fingerprint })).toEqual({ removed: true });
    expect(await call(handlers, 'untrustCertificate', { fingerprint })).toEqual({ removed: false });
    expect((await call(handlers, 'listSigners', {}))[0]).toMatchObject({ trusted: false });
  });

  it('says cancelled when a dialog is dismissed, and refuses what cannot be trusted', async () => {
    const root = tempDir();
    const { source } = await twoRevisions(root);
    const handlers = createHandlers(source.core, platform({}));
    expect(
      await call(handlers, 'exportAudits', { auditIds: [source.auditId], identityId: source.identity.id }),
    ).toEqual({ cancelled: true });
    expect(await call(handlers, 'importAudits', {})).toEqual({ cancelled: true });
    const bad = await rejection(call(handlers, 'trustCertificate', { certificatePem: 'not a certificate' }));
    expect(bad.code).toBe('bad_file');
    const unknown = await rejection(call(handlers, 'trustCertificate', { fingerprint: 'a'.repeat(64) }));
    expect(unknown.code).toBe('not_found');
    const batchless = await rejection(call(handlers, 'saveImportReport', { batchId: 'nope', format: 'json' }));
    expect(batchless.code).toBe('not_found');
  });

  it('reports an audit that is not signed as failed, writing no file', async () => {
    const root = tempDir();
    const { source } = await twoRevisions(root);
    const draft = await call(source.handlers, 'createAudit', {
      facilityId: source.facility.id,
      kind: 'self_assessment',
    });
    const target = join(root, 'draft.dabiao');
    const handlers = createHandlers(source.core, platform({ save: target }));
    const result = await call(handlers, 'exportAudits', { auditIds: [draft.id], identityId: source.identity.id });
    expect(result).toEqual({
      results: [expect.objectContaining({ auditId: draft.id, status: 'failed' })],
    });
    if ('results' in result) expect(result.results[0]?.message['zh-CN']).toContain('只有已签名的审核才能导出');
    expect(existsSync(target)).toBe(false);
    expect(source.core.repos.audits.get(draft.id)?.status).toBe('draft');
  });
});
