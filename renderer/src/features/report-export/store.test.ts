import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditRecord } from '../../../../shared/ipc/contracts/audits';
import { MAX_SIGNERS, type Identity } from '../../../../shared/ipc/contracts/signing';
import { ClientError } from '../../api/client';
import { createReportExportStore, type ReportExportApi } from './store';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

const identity = (id: string, name: string): Identity => ({
  id,
  name,
  organisation: null,
  role: null,
  fingerprint: HASH_A,
  notBefore: '2025-01-01T00:00:00.000Z',
  notAfter: '2030-01-01T00:00:00.000Z',
  source: 'created',
  keyProtection: 'os_keychain',
  createdAt: '2025-01-01T00:00:00.000Z',
});

const signedAudit = { id: 'a1', status: 'signed' } as AuditRecord;

function fakeApi() {
  return {
    listIdentities: vi.fn<ReportExportApi['listIdentities']>(),
    exportReport: vi.fn<ReportExportApi['exportReport']>(),
    signAudit: vi.fn<ReportExportApi['signAudit']>(),
    getAudit: vi.fn<ReportExportApi['getAudit']>(),
    showInFolder: vi.fn<ReportExportApi['showInFolder']>(),
    startRevision: vi.fn<ReportExportApi['startRevision']>(),
  };
}

const conflict = (details?: unknown) =>
  new ClientError('audits:start-revision', {
    code: 'conflict',
    message: { 'zh-CN': '已有修订版', 'en-US': 'A revision exists' },
    ...(details === undefined ? {} : { details }),
  });

describe('report export store', () => {
  let api: ReturnType<typeof fakeApi>;
  let store: ReturnType<typeof createReportExportStore>;

  beforeEach(() => {
    api = fakeApi();
    api.listIdentities.mockResolvedValue([identity('i1', '张伟'), identity('i2', '李娜'), identity('i3', '王芳')]);
    store = createReportExportStore(api);
  });

  const opened = async (lang: 'zh-CN' | 'en-US' | 'both' = 'zh-CN') => {
    store.getState().openFor('a1', lang);
    await vi.waitFor(() => expect(store.getState().identities).toHaveLength(3));
  };

  it('opens in the given language with no signer chosen and lists the identities', async () => {
    await opened('en-US');
    expect(store.getState()).toMatchObject({ open: true, auditId: 'a1', lang: 'en-US', signerIds: [] });
    expect(api.listIdentities).toHaveBeenCalledTimes(1);
  });

  it('keeps the signers in the order they were chosen, at most MAX_SIGNERS', async () => {
    await opened();
    const { toggleSigner } = store.getState();
    toggleSigner('i3');
    toggleSigner('i1');
    toggleSigner('i2');
    toggleSigner('i1');
    expect(store.getState().signerIds).toEqual(['i3', 'i2']);
    const many = Array.from({ length: MAX_SIGNERS + 2 }, (_, i) => identity(`x${i}`, `签名人${i}`));
    api.listIdentities.mockResolvedValue(many);
    await store.getState().loadIdentities();
    // i3 and i2 are gone from the list, so they are no longer chosen.
    expect(store.getState().signerIds).toEqual([]);
    many.forEach((i) => store.getState().toggleSigner(i.id));
    expect(store.getState().signerIds).toEqual(many.slice(0, MAX_SIGNERS).map((i) => i.id));
  });

  it('exports without signing when nobody signs, and does not re-read the audit', async () => {
    await opened('both');
    api.exportReport.mockResolvedValue({
      path: '/r/报告.pdf',
      pages: 12,
      bytes: 345_678,
      sha256: HASH_A,
      fileSha256: HASH_B,
    });
    expect(await store.getState().start()).toBeUndefined();
    expect(api.exportReport).toHaveBeenCalledWith({ auditId: 'a1', lang: 'both' });
    expect(api.signAudit).not.toHaveBeenCalled();
    expect(api.getAudit).not.toHaveBeenCalled();
    expect(store.getState().run).toEqual({
      phase: 'done',
      outcome: {
        path: '/r/报告.pdf',
        pages: 12,
        bytes: 345_678,
        documentSha256: HASH_A,
        fileSha256: HASH_B,
        signatures: [],
      },
    });
  });

  it('signs in the chosen order, then returns the audit as the core now holds it', async () => {
    await opened();
    store.getState().toggleSigner('i2');
    store.getState().toggleSigner('i1');
    const signatures = [
      { identityId: 'i2', name: '李娜', fingerprint: HASH_A, position: 1, signedAt: '2025-09-05T01:00:00.000Z' },
      { identityId: 'i1', name: '张伟', fingerprint: HASH_A, position: 2, signedAt: '2025-09-05T01:00:00.000Z' },
    ];
    api.signAudit.mockResolvedValue({
      path: '/r/s.pdf',
      pages: 9,
      bytes: 1000,
      sha256: HASH_B,
      documentSha256: HASH_A,
      signatures,
    });
    api.getAudit.mockResolvedValue({
      audit: signedAudit,
      answers: [],
      rosters: { staff: [], equipment: [], drugs: [] },
      findings: [],
    });
    expect(await store.getState().start()).toBe(signedAudit);
    expect(api.signAudit).toHaveBeenCalledWith({ auditId: 'a1', identityIds: ['i2', 'i1'], lang: 'zh-CN' });
    expect(api.exportReport).not.toHaveBeenCalled();
    expect(store.getState().run).toMatchObject({
      phase: 'done',
      outcome: { path: '/r/s.pdf', documentSha256: HASH_A, fileSha256: HASH_B, signatures },
    });
  });

  it('closes quietly when the save dialog is cancelled', async () => {
    await opened();
    store.getState().toggleSigner('i1');
    api.signAudit.mockResolvedValue({ cancelled: true });
    expect(await store.getState().start()).toBeUndefined();
    expect(store.getState()).toMatchObject({ open: false, run: { phase: 'idle' }, revealError: null });
    expect(api.getAudit).not.toHaveBeenCalled();
  });

  it('cannot be closed or started twice while main is writing; a failure stays on screen', async () => {
    await opened();
    let fail: (error: unknown) => void = () => undefined;
    api.exportReport.mockReturnValue(new Promise((_, reject) => (fail = reject)));
    const running = store.getState().start();
    expect(store.getState().run).toEqual({ phase: 'running', signers: 0 });
    store.getState().close();
    void store.getState().start();
    expect(store.getState().open).toBe(true);
    expect(api.exportReport).toHaveBeenCalledTimes(1);
    const refusal = new ClientError('reports:export-report', {
      code: 'bad_file',
      message: { 'zh-CN': '无法写入报告文件', 'en-US': 'Could not write the report' },
    });
    fail(refusal);
    await running;
    expect(store.getState().run).toEqual({ phase: 'failed', error: refusal });
    store.getState().close();
    expect(store.getState().open).toBe(false);
  });

  it('keeps a signed result when re-reading the audit fails, and says so', async () => {
    await opened();
    store.getState().toggleSigner('i1');
    const signatures = [{ identityId: 'i1', name: '张伟', fingerprint: HASH_A, position: 1, signedAt: 'x' }];
    api.signAudit.mockResolvedValue({
      path: '/r/s.pdf',
      pages: 9,
      bytes: 1000,
      sha256: HASH_B,
      documentSha256: HASH_A,
      signatures,
    });
    const lost = new Error('bridge gone');
    api.getAudit.mockRejectedValue(lost);
    expect(await store.getState().start()).toBeUndefined();
    expect(api.getAudit).toHaveBeenCalledWith({ id: 'a1' });
    expect(store.getState()).toMatchObject({ run: { phase: 'done', outcome: { signatures } }, refreshError: lost });
  });

  it('asks main to show the written file, and shows a refusal', async () => {
    await opened();
    await store.getState().reveal();
    expect(api.showInFolder).not.toHaveBeenCalled();
    api.exportReport.mockResolvedValue({ path: '/r/a.pdf', pages: 1, bytes: 10, sha256: HASH_A, fileSha256: HASH_B });
    await store.getState().start();
    api.showInFolder.mockResolvedValue({ shown: true });
    await store.getState().reveal();
    expect(api.showInFolder).toHaveBeenCalledWith({ path: '/r/a.pdf' });
    const refused = conflict();
    api.showInFolder.mockRejectedValue(refused);
    await store.getState().reveal();
    expect(store.getState().revealError).toBe(refused);
  });

  it('starts a correction revision, or points at the one that already exists', async () => {
    await opened();
    const next = { id: 'a2', revision: 2, previousId: 'a1' } as AuditRecord;
    api.startRevision.mockResolvedValue(next);
    expect(await store.getState().startRevision('a1')).toBe(next);
    expect(store.getState()).toMatchObject({ open: false, revision: { busy: false, error: null } });

    api.startRevision.mockRejectedValue(conflict({ next: 'a2' }));
    expect(await store.getState().startRevision('a1')).toBeUndefined();
    expect(store.getState().revision).toMatchObject({ auditId: 'a1', busy: false, existing: 'a2' });
    api.startRevision.mockRejectedValue(conflict());
    await store.getState().startRevision('a1');
    expect(store.getState().revision.existing).toBeUndefined();
    store.getState().clearRevisionError();
    expect(store.getState().revision.error).toBeNull();
  });
});
