// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from '../../../../../shared/ipc/contracts/evidence';
import { ClientError } from '../../../api/client';
import { fakeEvidenceApi } from './fake-evidence-api';
import { createEvidenceStore, scopeKey } from './store';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const photo = (name = 'a.jpg') => new File([JPEG], name, { type: 'image/jpeg' });

function objectUrls() {
  const revoked: string[] = [];
  let n = 0;
  return {
    revoked,
    createObjectURL: () => `blob:test/${++n}`,
    revokeObjectURL: (url: string) => void revoked.push(url),
  };
}

const audit = { auditId: 'A1' };
const criterion = { auditId: 'A1', criterionId: 'C1' };
const otherCriterion = { auditId: 'A1', criterionId: 'C2' };

describe('evidence store', () => {
  it('sends the file bytes as base64 and shows the result in every loaded panel it belongs to', async () => {
    const fake = fakeEvidenceApi();
    const store = createEvidenceStore(fake.client, objectUrls());
    await Promise.all([audit, criterion, otherCriterion].map((s) => store.getState().load(s)));
    await store.getState().attach(criterion, [photo()]);

    expect(fake.stored[0]?.contentBase64).toBe(btoa(String.fromCharCode(...JPEG)));
    const names = (s: typeof audit) => store.getState().scopes[scopeKey(s)]?.items.map((e) => e.fileName);
    expect(names(criterion)).toEqual(['a.jpg']);
    expect(names(audit)).toEqual(['a.jpg']);
    expect(names(otherCriterion)).toEqual([]);
    expect(store.getState().scopes[scopeKey(criterion)]?.busy).toBe(0);
  });

  it('refuses a type or size main would refuse without reading or sending the file', async () => {
    const fake = fakeEvidenceApi();
    const store = createEvidenceStore(fake.client, objectUrls());
    await store.getState().load(criterion);
    await store
      .getState()
      .attach(criterion, [
        new File(['hello'], 'notes.docx', { type: 'application/msword' }),
        new File([new Uint8Array(EVIDENCE_MAX_BYTES + 1)], 'huge.jpg', { type: 'image/jpeg' }),
      ]);
    expect(fake.calls.filter((c) => c.startsWith('attach'))).toEqual([]);
    const problems = store.getState().scopes[scopeKey(criterion)]?.problems.map((p) => p.message['zh-CN']);
    expect(problems).toEqual([
      'notes.docx 不能作为证据：只能添加 JPEG、PNG、WebP 照片或 PDF',
      'huge.jpg 太大（15.0 MB），上限为 15.0 MB',
    ]);
  });

  it('shows what main refused, in both languages, and can dismiss it', async () => {
    const fake = fakeEvidenceApi();
    const store = createEvidenceStore(fake.client, objectUrls());
    await store.getState().load(criterion);
    fake.refuseNextWith(
      new ClientError('evidence:attach-evidence', {
        code: 'locked',
        message: { 'zh-CN': '审核已签名', 'en-US': 'Audit is signed' },
      }),
    );
    await store.getState().attach(criterion, [photo('late.jpg')]);
    const state = store.getState().scopes[scopeKey(criterion)];
    expect(state?.items).toEqual([]);
    expect(state?.busy).toBe(0);
    expect(state?.problems[0]?.message).toEqual({
      'zh-CN': 'late.jpg 未能添加：审核已签名',
      'en-US': 'late.jpg was not attached: Audit is signed',
    });
    store.getState().dismiss(criterion, state?.problems[0]?.id ?? -1);
    expect(store.getState().scopes[scopeKey(criterion)]?.problems).toEqual([]);
  });

  it('loads a preview once, and removing the evidence drops it everywhere and frees the preview', async () => {
    const fake = fakeEvidenceApi();
    const urls = objectUrls();
    const store = createEvidenceStore(fake.client, urls);
    await Promise.all([audit, criterion].map((s) => store.getState().load(s)));
    await store.getState().attach(criterion, [photo()]);
    const evidence = store.getState().scopes[scopeKey(criterion)]?.items[0];
    if (!evidence) throw new Error('not attached');

    await store.getState().loadPreview(evidence);
    await store.getState().loadPreview(evidence);
    expect(fake.calls.filter((c) => c.startsWith('read'))).toHaveLength(1);
    expect(store.getState().previews[evidence.id]).toEqual({ status: 'ready', url: 'blob:test/1' });

    await store.getState().remove(criterion, evidence);
    expect(store.getState().scopes[scopeKey(criterion)]?.items).toEqual([]);
    expect(store.getState().scopes[scopeKey(audit)]?.items).toEqual([]);
    expect(urls.revoked).toEqual(['blob:test/1']);
    expect(store.getState().previews[evidence.id]).toBeUndefined();
  });
});
