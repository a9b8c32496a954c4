// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EquipmentItem } from '../../../../../shared/domain/audit';
import type { EquipmentCatalog } from '../../../../../shared/domain/catalog';
import { applyChange, EquipmentRoster } from './EquipmentRoster';
import { prepareDom, useStoreLikeRows } from './roster-test-harness';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const catalog: EquipmentCatalog = {
  format: 'dabiao.equipment-catalog/1',
  id: 'eq',
  version: '1',
  title: t('设备', 'Equipment'),
  completeness: { itemsIncluded: 3, note: t('测试', 'Test') },
  items: [
    { code: 'EQ-BP', name: t('血压计', 'BP monitor'), category: 'diag', levels: ['village_clinic'] },
    { code: 'EQ-STETH', name: t('听诊器', 'Stethoscope'), category: 'diag', levels: ['village_clinic'] },
    { code: 'EQ-ECG', name: t('心电图机', 'ECG'), category: 'diag', levels: ['village_clinic'] },
  ],
};

function Harness({ initial, saves }: { initial: EquipmentItem[]; saves: unknown[] }) {
  const store = useStoreLikeRows<EquipmentItem>(initial, saves);
  return <EquipmentRoster {...store} catalog={catalog} expectedCodes={['EQ-BP', 'EQ-STETH']} disabled={false} />;
}

const box = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });

describe('EquipmentRoster', () => {
  beforeAll(prepareDom);
  afterEach(cleanup);

  it('lists the expected items first and records them with Space, moving with ↓', async () => {
    const saves: unknown[] = [];
    const user = userEvent.setup();
    render(<Harness initial={[]} saves={saves} />);
    expect(screen.getByTestId('equipment-summary').textContent).toBe('标准要求的 2 项设备：配备 0 项，能正常使用 0 项');

    box('配备：血压计').focus();
    await user.keyboard(' ');
    expect(saves).toEqual([{ catalogCode: 'EQ-BP', present: true, working: true, count: 1 }]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(box('配备：听诊器'));
    await user.keyboard(' ');
    expect(screen.getByTestId('equipment-summary').textContent).toBe('标准要求的 2 项设备：配备 2 项，能正常使用 2 项');

    // Broken: untick "working"; then absent: untick "present", which also clears count and working.
    await user.click(box('能正常使用：听诊器'));
    expect(saves.at(-1)).toMatchObject({ catalogCode: 'EQ-STETH', present: true, working: false, count: 1 });
    await user.click(box('配备：血压计'));
    expect(saves.at(-1)).toMatchObject({ catalogCode: 'EQ-BP', present: false, working: false, count: 0 });

    const count = screen.getByRole('textbox', { name: '数量：听诊器' });
    await user.clear(count);
    await user.type(count, '3{Enter}');
    expect(saves.at(-1)).toMatchObject({ catalogCode: 'EQ-STETH', count: 3, present: true });
  });

  it('adds other catalogue equipment and removes it again', async () => {
    const saves: unknown[] = [];
    const user = userEvent.setup();
    render(<Harness initial={[]} saves={saves} />);
    await user.click(screen.getByRole('combobox', { name: '添加其他设备' }));
    await user.click(await screen.findByTitle('心电图机 · EQ-ECG'));
    expect(saves).toEqual([{ catalogCode: 'EQ-ECG', present: true, working: true, count: 1 }]);
    expect(box('配备：心电图机').checked).toBe(true);
    await user.click(screen.getByRole('button', { name: '删除：心电图机' }));
    await user.click(await screen.findByRole('button', { name: '删除' }));
    expect(screen.queryByRole('checkbox', { name: '配备：心电图机' })).toBeNull();
  });
});

describe('applyChange', () => {
  const absent = { catalogCode: 'X', present: false, working: false, count: 0 };
  it('keeps present, working and count consistent', () => {
    expect(applyChange(absent, { working: true })).toEqual({ ...absent, present: true, working: true });
    expect(applyChange(absent, { present: true })).toEqual({ ...absent, present: true, working: true, count: 1 });
    expect(applyChange({ ...absent, present: true, working: true, count: 2 }, { count: 0 })).toEqual(absent);
  });
});
