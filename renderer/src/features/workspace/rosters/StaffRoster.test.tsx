// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../../../../shared/domain/audit';
import { prepareDom, useStoreLikeRows } from './roster-test-harness';
import { StaffRoster } from './StaffRoster';

const people: StaffMember[] = [
  { id: 's1', name: '王医生', qualification: 'village_doctor', licenseNo: 'A1', verified: false },
  { id: 's2', name: '李护士', qualification: 'registered_nurse', verified: true },
];

function Harness({ saves, departments = [] }: { saves: unknown[]; departments?: string[] }) {
  const store = useStoreLikeRows<StaffMember>(people, saves);
  return <StaffRoster {...store} departments={departments} disabled={false} />;
}

describe('StaffRoster', () => {
  beforeAll(prepareDom);
  afterEach(cleanup);

  it('saves a cell when it is left, and ↓ moves to the same column of the next row', async () => {
    const saves: unknown[] = [];
    const user = userEvent.setup();
    render(<Harness saves={saves} />);
    const licence = screen.getByRole('textbox', { name: '执业证书编号（第 1 行）' });
    await user.clear(licence);
    await user.type(licence, ' 5329001 ');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '执业证书编号（第 2 行）' }));
    expect(saves).toEqual([
      { id: 's1', name: '王医生', qualification: 'village_doctor', licenseNo: '5329001', verified: false },
    ]);

    // Clearing an optional field removes it; an empty name is refused and not saved.
    await user.clear(licence);
    await user.tab();
    expect(saves.at(-1)).toEqual({ id: 's1', name: '王医生', qualification: 'village_doctor', verified: false });
    const name = screen.getByRole('textbox', { name: '姓名（第 2 行）' });
    await user.clear(name);
    await user.keyboard('{Enter}');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Escape}');
    expect((name as HTMLInputElement).value).toBe('李护士');
    expect(saves).toHaveLength(2);

    await user.click(screen.getByRole('checkbox', { name: '证书已核实（第 1 行）' }));
    expect(saves.at(-1)).toMatchObject({ id: 's1', verified: true });
  });

  it('adds a person from the add line with Enter, keeping the qualification for the next one', async () => {
    const saves: unknown[] = [];
    const user = userEvent.setup();
    render(<Harness saves={saves} />);
    const name = screen.getByRole('textbox', { name: '新增人员：姓名' });
    await user.type(name, '赵医生{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('请先填写姓名并选择资质');
    expect(saves).toEqual([]);

    await user.click(screen.getByRole('combobox', { name: '新增人员：资质' }));
    await user.click(await screen.findByTitle('执业助理医师'));
    await user.type(screen.getByRole('textbox', { name: '新增人员：执业证书编号' }), 'B22{Enter}');
    expect(saves).toEqual([
      { name: '赵医生', qualification: 'licensed_assistant_physician', licenseNo: 'B22', verified: false },
    ]);
    expect(document.activeElement).toBe(name);
    const qualification = screen.getByRole('combobox', { name: '新增人员：资质' });
    expect(qualification.closest('.ant-select')?.textContent).toContain('执业助理医师');
    expect((name as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('textbox', { name: '姓名（第 3 行）' })).toBeTruthy();
    expect(screen.getByTestId('staff-summary').textContent).toBe('共 3 人，证书已核实 1 人');
  });

  it('removes a row after the confirmation, by keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness saves={[]} departments={['emergency']} />);
    expect(screen.getByRole('combobox', { name: '科室（第 1 行）' })).toBeTruthy();
    screen.getByRole('button', { name: '删除第 2 行（李护士）' }).focus();
    await user.keyboard('{Enter}');
    const confirm = await screen.findByRole('button', { name: '删除' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '姓名（第 2 行）' })).toBeNull());
    expect(screen.getByTestId('staff-summary').textContent).toBe('共 1 人，证书已核实 0 人');
  });
});
