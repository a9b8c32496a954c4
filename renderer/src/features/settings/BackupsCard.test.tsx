// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contracts } from '../../../../shared/ipc';
import type { BackupInfo } from '../../../../shared/ipc/contracts/backups';
import { prepareDom } from '../workspace/rosters/roster-test-harness';

const verified: BackupInfo = {
  name: 'dabiao-20250630T083000000Z-v7-scheduled.sqlite',
  createdAt: '2025-06-30T08:30:00.000Z',
  schemaVersion: 7,
  kind: 'scheduled',
  sizeBytes: 880_640,
  verified: true,
  events: 120,
};
const damaged: BackupInfo = {
  ...verified,
  name: 'dabiao-20250629T083000000Z-v6-migration.sqlite',
  createdAt: '2025-06-29T08:30:00.000Z',
  schemaVersion: 6,
  kind: 'migration',
  verified: false,
  events: null,
};
const made: BackupInfo = {
  ...verified,
  name: 'dabiao-20250630T090000000Z-v7-manual.sqlite',
  createdAt: '2025-06-30T09:00:00.000Z',
  kind: 'manual',
};

const calls: [string, unknown][] = [];
let list = [verified, damaged];
let BackupsCard: () => React.ReactNode;

beforeAll(async () => {
  await prepareDom();
  // The card talks to window.dabiao, as in the app; main refuses the restore here (no reload in jsdom).
  Object.defineProperty(window, 'dabiao', {
    value: {
      invoke: (channel: string, input: unknown) => {
        calls.push([channel, input]);
        if (channel === contracts.listBackups.channel) return Promise.resolve({ ok: true, value: list });
        if (channel === contracts.createBackup.channel) {
          list = [made, ...list];
          return Promise.resolve({ ok: true, value: made });
        }
        return Promise.resolve({
          ok: false,
          error: { code: 'db_corrupt', message: { 'zh-CN': '备份未通过校验', 'en-US': 'Backup failed verification' } },
        });
      },
    },
  });
  ({ BackupsCard } = await import('./BackupsCard'));
});
afterEach(cleanup);

describe('BackupsCard', () => {
  it('lists backups, backs up now, and restores only a verified one after confirming', async () => {
    const user = userEvent.setup();
    render(<BackupsCard />);
    const table = await screen.findByRole('table');
    await within(table).findByText(verified.name);
    expect(within(table).getByText('已校验 · 120 条事件')).toBeTruthy();
    expect(within(table).getByText('未校验')).toBeTruthy();
    expect(within(table).getByText('升级前')).toBeTruthy();
    expect(within(table).getAllByText('860 KB')).toHaveLength(2);
    const restoreButtons = within(table).getAllByRole('button', { name: '恢复…' });
    expect(restoreButtons.map((b) => b.hasAttribute('disabled'))).toEqual([false, true]);

    await user.click(screen.getByRole('button', { name: '立即备份' }));
    await within(table).findByText(made.name);
    expect(screen.getByText(/^已备份/)).toBeTruthy();

    await user.click(within(table).getAllByRole('button', { name: '恢复…' })[1]!);
    await user.click(await screen.findByRole('button', { name: '恢复' }));
    expect(await screen.findByText('备份未通过校验')).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter(([c]) => c === contracts.restoreBackup.channel)).toEqual([
        [contracts.restoreBackup.channel, { name: verified.name }],
      ]),
    );
  });
});
