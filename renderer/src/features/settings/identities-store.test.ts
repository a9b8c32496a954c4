import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Identity } from '../../../../shared/ipc/contracts/signing';
import { ClientError } from '../../api/client';
import { createIdentitiesStore, type IdentitiesApi } from './identities-store';
import { groupFingerprint, p12FileProblem, validityDates } from './identity-format';

const identity = (id: string, name: string, source: Identity['source'] = 'created'): Identity => ({
  id,
  name,
  organisation: '勐腊县卫生健康局',
  role: '组长',
  fingerprint: '0123456789abcdef'.repeat(4),
  notBefore: '2025-01-01T08:00:00.000Z',
  notAfter: '2030-01-01T08:00:00.000Z',
  source,
  keyProtection: 'os_keychain',
  createdAt: '2025-01-01T08:00:00.000Z',
});

describe('identity display', () => {
  it('groups a fingerprint in fours and shows validity as dates', () => {
    expect(groupFingerprint('0123456789abcdef')).toBe('0123 4567 89AB CDEF');
    expect(groupFingerprint('0123456789abcdef'.repeat(4)).split(' ')).toHaveLength(16);
    expect(validityDates(identity('i', 'x'))).toEqual({ from: '2025-01-01', to: '2030-01-01' });
  });

  it('accepts .p12 and .pfx files up to 1 MB', () => {
    expect(p12FileProblem({ name: 'ORG.PFX', size: 4000 })).toBeNull();
    expect(p12FileProblem({ name: 'org.p12', size: 1024 * 1024 })).toBeNull();
    expect(p12FileProblem({ name: 'org.pem', size: 10 })?.key).toBe('ui.identities.p12_type');
    expect(p12FileProblem({ name: 'org.p12', size: 1024 * 1024 + 1 })?.key).toBe('file.too_large');
  });
});

describe('identities store', () => {
  const api = {
    listIdentities: vi.fn<IdentitiesApi['listIdentities']>(),
    createIdentity: vi.fn<IdentitiesApi['createIdentity']>(),
    importIdentity: vi.fn<IdentitiesApi['importIdentity']>(),
  };
  let store: ReturnType<typeof createIdentitiesStore>;

  beforeEach(async () => {
    for (const fn of Object.values(api)) fn.mockReset();
    api.listIdentities.mockResolvedValue([identity('i1', '张伟')]);
    store = createIdentitiesStore(api);
    await store.getState().load();
  });

  it('adds a created identity to the list', async () => {
    api.createIdentity.mockResolvedValue(identity('i2', '李娜'));
    const created = await store.getState().create({ name: '李娜' });
    expect(created?.id).toBe('i2');
    expect(api.createIdentity).toHaveBeenCalledWith({ name: '李娜' });
    expect(store.getState().identities.map((i) => i.name)).toEqual(['张伟', '李娜']);
  });

  it('refuses a file that is not PKCS#12 without reading or sending it', async () => {
    expect(await store.getState().importFile(new File(['x'], 'key.pem'), 'secret')).toBeUndefined();
    expect(api.importIdentity).not.toHaveBeenCalled();
    const error = store.getState().formError;
    expect(error instanceof ClientError && error.messageIn('zh-CN')).toContain('key.pem');
  });

  it('sends the bytes as base64 with the file password, and keeps a refusal on screen', async () => {
    api.importIdentity.mockResolvedValue(identity('i3', '赵敏', 'imported'));
    await store.getState().importFile(new File(['PKCS12'], 'org.p12'), '口令');
    expect(api.importIdentity).toHaveBeenCalledWith({
      fileName: 'org.p12',
      contentBase64: btoa('PKCS12'),
      passphrase: '口令',
    });
    expect(store.getState().identities.map((i) => i.id)).toEqual(['i1', 'i3']);

    const wrong = new ClientError('signing:import-identity', {
      code: 'validation',
      message: { 'zh-CN': 'PKCS#12 文件的口令不正确', 'en-US': 'Wrong passphrase for the PKCS#12 file' },
    });
    api.importIdentity.mockRejectedValue(wrong);
    expect(await store.getState().importFile(new File(['PKCS12'], 'other.pfx'), 'x')).toBeUndefined();
    expect(store.getState()).toMatchObject({ formError: wrong, busy: false });
    expect(store.getState().identities).toHaveLength(2);
    store.getState().clearFormError();
    expect(store.getState().formError).toBeNull();
  });
});
