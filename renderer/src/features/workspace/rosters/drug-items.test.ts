import { describe, expect, it } from 'vitest';
import type { DrugStock } from '../../../../../shared/domain/audit';
import type { DrugCatalog } from '../../../../../shared/domain/catalog';
import { drugMerger } from './drug-items';

const catalog: DrugCatalog = {
  format: 'dabiao.drug-catalog/1',
  id: 'test-drugs',
  version: '1',
  title: { 'zh-CN': '测试目录', 'en-US': 'Test catalogue' },
  completeness: { itemsIncluded: 2, note: { 'zh-CN': '测试', 'en-US': 'Test' } },
  sources: ['test'],
  items: [
    { code: 'D1', genericName: '布洛芬', pinyinInitials: 'blf', category: '测试', group: 'chemical' },
    { code: 'D2', genericName: '阿莫西林', pinyinInitials: 'amxl', category: '测试', group: 'chemical' },
  ],
};

describe('drugMerger', () => {
  it('keeps the line objects a change did not touch, so only the changed row re-renders', () => {
    const merge = drugMerger();
    const r1: DrugStock = { id: 'r1', catalogCode: 'D1', genericName: '布洛芬', inStock: true };
    const r2: DrugStock = { id: 'r2', genericName: '自备草药', inStock: true };
    const before = merge(catalog, [r1, r2]);
    expect(before.map((i) => i.key)).toEqual(['D1', 'D2', 'row:r2']);

    const toggled = { ...r1, inStock: false };
    const after = merge(catalog, [toggled, r2]);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.row).toBe(toggled);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toBe(before[2]);
  });
});
