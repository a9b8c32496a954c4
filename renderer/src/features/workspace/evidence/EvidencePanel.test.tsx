// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contracts } from '../../../../../shared/ipc';
import type { EvidencePanelProps } from './EvidencePanel';
import { fakeEvidenceApi } from './fake-evidence-api';
import { prepareDom } from '../rosters/roster-test-harness';

const fake = fakeEvidenceApi();
let EvidencePanel: (props: EvidencePanelProps) => React.ReactNode;

beforeAll(async () => {
  await prepareDom();
  URL.createObjectURL = () => 'blob:test/1';
  URL.revokeObjectURL = () => undefined;
  // The panel talks to window.dabiao, as in the app; here it answers from the fake.
  const byChannel = new Map<string, (input: never) => Promise<unknown>>([
    [contracts.attachEvidence.channel, fake.client.attachEvidence],
    [contracts.listEvidence.channel, fake.client.listEvidence],
    [contracts.readEvidence.channel, fake.client.readEvidence],
    [contracts.removeEvidence.channel, fake.client.removeEvidence],
  ]);
  Object.defineProperty(window, 'dabiao', {
    value: {
      invoke: async (channel: string, input: never) => {
        const handler = byChannel.get(channel);
        if (!handler) throw new Error(`unexpected ${channel}`);
        return { ok: true, value: await handler(input) };
      },
    },
  });
  ({ EvidencePanel } = await import('./EvidencePanel'));
});
afterEach(cleanup);

describe('EvidencePanel', () => {
  it('attaches a chosen file, shows its thumbnail, and removes it after confirmation', async () => {
    const user = userEvent.setup();
    render(<EvidencePanel auditId="A1" criterionId="C1" disabled={false} />);
    await screen.findByText('还没有证据');

    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9])], '消毒记录.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByTestId('evidence-file-input'), photo);
    expect(await screen.findByText('消毒记录.jpg')).toBeTruthy();
    expect(await screen.findByRole('button', { name: '查看 消毒记录.jpg' })).toBeTruthy();
    expect(fake.stored.map((e) => [e.fileName, e.criterionId])).toEqual([['消毒记录.jpg', 'C1']]);

    await user.click(screen.getByRole('button', { name: '删除证据：消毒记录.jpg' }));
    await user.click(await screen.findByRole('button', { name: '删除' }));
    await waitFor(() => expect(screen.queryByText('消毒记录.jpg')).toBeNull());
    expect(fake.stored).toEqual([]);
  });

  it('offers no way to add or remove when disabled', async () => {
    render(<EvidencePanel auditId="A1" criterionId="C1" disabled />);
    await screen.findByText('还没有证据');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /添加文件/ }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /拍照/ }).disabled).toBe(true);
  });
});
