import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamMember } from '../../../../shared/domain/audit';
import type { HandwrittenSignature } from '../../../../shared/ipc/contracts/signing';
import { ClientError } from '../../api/client';
import { pngBase64Of, signatureEntries } from './signature-entries';
import { createSignaturesStore, type SignaturesApi } from './store';

const drawing = (id: string, name: string, role: HandwrittenSignature['role']): HandwrittenSignature => ({
  id,
  auditId: 'a1',
  name,
  role,
  pngBase64: 'iVBORw0KGgo=',
  pngSha256: 'c'.repeat(64),
  signedAt: '2025-09-05T02:00:00.000Z',
});

const team: TeamMember[] = [
  { name: '高志', role: 'leader', organisation: '石门县卫生健康局' },
  { name: '陈林玉', role: 'inspector' },
];

describe('signature entries', () => {
  it('lists the team, then the representative to be named, as the report boxes them', () => {
    const entries = signatureEntries(team, [], '三合村卫生室');
    expect(entries.map((e) => [e.role, e.name, e.nameEditable, e.saved])).toEqual([
      ['leader', '高志', false, undefined],
      ['inspector', '陈林玉', false, undefined],
      ['facility_representative', '', true, undefined],
    ]);
    expect(entries[2]?.organisation).toBe('三合村卫生室');
  });

  it('matches drawings by name and role; a signed representative keeps the name; strays get their own line', () => {
    const saved = [
      drawing('h1', '陈林玉', 'inspector'),
      drawing('h2', '张红', 'facility_representative'),
      drawing('h3', '高志', 'inspector'),
    ];
    const entries = signatureEntries(team, saved, '三合村卫生室');
    expect(entries.map((e) => [e.key, e.name, e.nameEditable, e.saved?.id])).toEqual([
      ['team:0', '高志', false, undefined],
      ['team:1', '陈林玉', false, 'h1'],
      ['representative', '张红', false, 'h2'],
      ['saved:h3', '高志', false, 'h3'],
    ]);
  });

  it('adds no second representative when the team has one', () => {
    const withRepresentative: TeamMember[] = [...team, { name: '张红', role: 'facility_representative' }];
    const entries = signatureEntries(withRepresentative, [], '三合村卫生室');
    expect(entries.filter((e) => e.role === 'facility_representative')).toHaveLength(1);
    expect(entries.every((e) => !e.nameEditable)).toBe(true);
  });

  it('takes the PNG out of a canvas data URL, and nothing else', () => {
    expect(pngBase64Of('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
    expect(pngBase64Of('data:image/png;base64,')).toBeNull();
    expect(pngBase64Of('data:image/jpeg;base64,/9j/')).toBeNull();
  });
});

describe('signatures store', () => {
  const api = {
    listHandwritten: vi.fn<SignaturesApi['listHandwritten']>(),
    saveHandwritten: vi.fn<SignaturesApi['saveHandwritten']>(),
  };
  let store: ReturnType<typeof createSignaturesStore>;

  beforeEach(() => {
    api.listHandwritten.mockReset().mockResolvedValue([drawing('h1', '高志', 'leader')]);
    api.saveHandwritten.mockReset();
    store = createSignaturesStore(api);
  });

  it('loads the audit’s drawings when opened', async () => {
    store.getState().openFor('a1');
    await vi.waitFor(() => expect(store.getState().saved).toHaveLength(1));
    expect(api.listHandwritten).toHaveBeenCalledWith({ auditId: 'a1' });
    expect(store.getState()).toMatchObject({ open: true, loading: false, activeKey: null });
  });

  it('saves a drawing for the open pad, replacing an earlier one of the same person', async () => {
    store.getState().openFor('a1');
    await vi.waitFor(() => expect(store.getState().saved).toHaveLength(1));
    store.getState().startSigning('team:0');
    const again = { ...drawing('h1', '高志', 'leader'), pngBase64: 'AAAA', signedAt: '2025-09-05T03:00:00.000Z' };
    api.saveHandwritten.mockResolvedValue(again);
    expect(await store.getState().save({ name: '高志', role: 'leader', pngBase64: 'AAAA' })).toBe(true);
    expect(api.saveHandwritten).toHaveBeenCalledWith({
      auditId: 'a1',
      name: '高志',
      role: 'leader',
      pngBase64: 'AAAA',
    });
    expect(store.getState()).toMatchObject({ saved: [again], activeKey: null, saving: false });
  });

  it('keeps the pad open with the refusal when the core says no', async () => {
    store.getState().openFor('a1');
    store.getState().startSigning('representative');
    const locked = new ClientError('signing:save-handwritten', {
      code: 'locked',
      message: { 'zh-CN': '审核已签名', 'en-US': 'The audit is signed' },
    });
    api.saveHandwritten.mockRejectedValue(locked);
    expect(await store.getState().save({ name: '张红', role: 'facility_representative', pngBase64: 'AAAA' })).toBe(
      false,
    );
    expect(store.getState()).toMatchObject({ activeKey: 'representative', saveError: locked, saving: false });
    store.getState().stopSigning();
    expect(store.getState()).toMatchObject({ activeKey: null, saveError: null });
  });

  it('shows a failed listing and forgets another audit’s drawings', async () => {
    store.getState().openFor('a1');
    await vi.waitFor(() => expect(store.getState().saved).toHaveLength(1));
    const gone = new Error('bridge gone');
    api.listHandwritten.mockRejectedValue(gone);
    store.getState().openFor('a2');
    expect(store.getState().saved).toEqual([]);
    await vi.waitFor(() => expect(store.getState().loadError).toBe(gone));
  });
});
