import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, SIGNER_STORAGE_KEY, parseProfile, readProfile, writeProfile } from './signer-profile';

describe('signer profile', () => {
  it('round-trips through storage', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    writeProfile({ name: '李明', organisation: '勐腊县卫生健康局', role: 'leader' }, storage);
    expect(store.has(SIGNER_STORAGE_KEY)).toBe(true);
    expect(readProfile(storage)).toEqual({ name: '李明', organisation: '勐腊县卫生健康局', role: 'leader' });
  });

  it('turns anything stored into a valid profile', () => {
    expect(parseProfile(null)).toEqual(EMPTY_PROFILE);
    expect(parseProfile('{not json')).toEqual(EMPTY_PROFILE);
    expect(parseProfile('42')).toEqual(EMPTY_PROFILE);
    expect(parseProfile(JSON.stringify({ name: 7, role: 'king', organisation: 'x'.repeat(500) }))).toEqual({
      name: '',
      organisation: 'x'.repeat(100),
      role: 'inspector',
    });
  });
});
