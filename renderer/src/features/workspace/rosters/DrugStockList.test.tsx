// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DrugStock } from '../../../../../shared/domain/audit';
import type { DrugCatalog } from '../../../../../shared/domain/catalog';
import { DrugStockList } from './DrugStockList';
import { prepareDom, useStoreLikeRows } from './roster-test-harness';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });

const catalog: DrugCatalog = {
  format: 'dabiao.drug-catalog/1',
  id: 'test-drugs',
  version: '1',
  title: t('测试目录', 'Test catalogue'),
  completeness: { itemsIncluded: 5, note: t('测试', 'Test') },
  sources: ['test'],
  items: [
    ['D1', '布洛芬', 'Ibuprofen', 'blf'],
    ['D2', '阿莫西林', 'Amoxicillin', 'amxl'],
    ['D3', '硝苯地平', 'Nifedipine', 'xbdp'],
    ['D4', '二甲双胍', 'Metformin', 'ejsg'],
    ['D5', '复方阿莫西林', undefined, 'ffamxl'],
  ].map(([code, genericName, nameEn, pinyinInitials]) => ({
    code: code ?? '',
    genericName: genericName ?? '',
    ...(nameEn ? { nameEn } : {}),
    pinyinInitials: pinyinInitials ?? '',
    category: '测试',
    group: 'chemical' as const,
  })),
};

function Harness({ initial, saves }: { initial: DrugStock[]; saves: unknown[] }) {
  const store = useStoreLikeRows<DrugStock>(initial, saves);
  return <DrugStockList {...store} catalog={catalog} minVarieties={3} disabled={false} />;
}

const rowOf = (code: string) => screen.getByTestId(`drug-row-${code}`);
const stockBox = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name: `有库存：${name}` });

describe('DrugStockList', () => {
  beforeAll(prepareDom);
  afterEach(cleanup);

  it('finds 阿莫西林 by its pinyin initials, best match first', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[]} saves={[]} />);
    const search = screen.getByRole('searchbox', { name: /搜索药品/ });
    await user.type(search, 'amxl');
    const list = screen.getByTestId('drug-list');
    const names = within(list)
      .getAllByRole('group')
      .map((g) => g.getAttribute('aria-label'));
    expect(names).toEqual(['阿莫西林', '复方阿莫西林']);
    expect(rowOf('D2').getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('drug-shown-count').textContent).toBe('显示 2 / 5 种');
    // ↓ moves the highlight; changing the query starts again from the best match.
    await user.keyboard('{ArrowDown}');
    expect(rowOf('D5').getAttribute('aria-current')).toBe('true');
    await user.keyboard('{Backspace}');
    expect(rowOf('D2').getAttribute('aria-current')).toBe('true');

    // Full pinyin, once pinyin-pro has loaded in the background.
    await user.clear(search);
    await user.type(search, 'xiaoben');
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('group')
          .map((g) => g.getAttribute('aria-label')),
      ).toEqual(['硝苯地平']),
    );
  });

  it('toggles the highlighted result with Enter and a focused drug with Space', async () => {
    const saves: unknown[] = [];
    const user = userEvent.setup();
    render(<Harness initial={[]} saves={saves} />);
    const search = screen.getByRole('searchbox', { name: /搜索药品/ });

    await user.type(search, 'amxl{Enter}');
    expect(saves).toEqual([{ catalogCode: 'D2', genericName: '阿莫西林', inStock: true }]);
    expect(stockBox('阿莫西林').checked).toBe(true);
    expect(screen.getByTestId('drug-variety-count').textContent).toBe('在库基本药物 1 / 3 种');

    // ↓ highlights the next result; Tab lands on its checkbox; Space toggles it.
    await user.keyboard('{ArrowDown}');
    expect(rowOf('D5').getAttribute('aria-current')).toBe('true');
    await user.tab();
    expect(document.activeElement).toBe(stockBox('复方阿莫西林'));
    await user.keyboard(' ');
    expect(stockBox('复方阿莫西林').checked).toBe(true);
    expect(screen.getByTestId('drug-variety-count').textContent).toBe('在库基本药物 2 / 3 种');

    // ↑ from the checkbox moves focus to the row above; Space there takes 阿莫西林 out of stock.
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(stockBox('阿莫西林'));
    await user.keyboard(' ');
    expect(stockBox('阿莫西林').checked).toBe(false);
    expect(saves.at(-1)).toEqual({
      catalogCode: 'D2',
      genericName: '阿莫西林',
      inStock: false,
      id: expect.any(String),
    });
    expect(screen.getByTestId('drug-variety-count').textContent).toBe('在库基本药物 1 / 3 种');
  });

  it('saves quantity and expiry on Enter, refuses a date it cannot read, and adds a drug outside the catalogue', async () => {
    const saves: unknown[] = [];
    const user = userEvent.setup();
    render(
      <Harness initial={[{ id: 'r1', catalogCode: 'D1', genericName: '布洛芬', inStock: false }]} saves={saves} />,
    );
    const quantity = screen.getByRole('textbox', { name: '库存数量：布洛芬' });
    await user.type(quantity, '3x0{Enter}');
    expect(saves.at(-1)).toEqual({ id: 'r1', catalogCode: 'D1', genericName: '布洛芬', inStock: true, quantity: 30 });

    const expiry = screen.getByRole('textbox', { name: '最近效期：布洛芬' });
    await user.type(expiry, '2026-13{Enter}');
    expect(expiry.getAttribute('aria-invalid')).toBe('true');
    expect(saves).toHaveLength(1);
    await user.clear(expiry);
    await user.type(expiry, '2026.03{Enter}');
    expect(saves.at(-1)).toMatchObject({ id: 'r1', nearestExpiry: '2026-03-31' });
    expect((expiry as HTMLInputElement).value).toBe('2026-03-31');

    const search = screen.getByRole('searchbox', { name: /搜索药品/ });
    await user.type(search, '自备草药{Shift>}{Enter}{/Shift}');
    expect(saves.at(-1)).toEqual({ genericName: '自备草药', inStock: true });
    await waitFor(() => expect(stockBox('自备草药').checked).toBe(true));
    // Outside the catalogue: not an essential variety.
    expect(screen.getByTestId('drug-variety-count').textContent).toBe('在库基本药物 1 / 3 种');
  });
});
