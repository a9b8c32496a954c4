import { describe, expect, it } from 'vitest';
import type { DrugCatalog } from '../domain/catalog';
import { checkCatalog } from './catalog-check';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const item = (code: string) => ({
  code,
  genericName: code,
  pinyinInitials: 'x',
  category: 'c',
  group: 'chemical' as const,
});

function catalog(): DrugCatalog {
  return {
    format: 'dabiao.drug-catalog/1',
    id: 'd',
    version: '1',
    title: t('药', 'Drugs'),
    completeness: { itemsIncluded: 2, itemsInOfficialList: 685, note: t('样本', 'Sample') },
    sources: ['test'],
    items: [item('A'), item('B')],
  };
}

describe('checkCatalog', () => {
  it('accepts a consistent catalogue', () => {
    expect(checkCatalog(catalog())).toEqual([]);
  });

  it('finds duplicate codes and counts that do not match the items', () => {
    const c = catalog();
    c.items.push(item('A'));
    c.completeness.itemsInOfficialList = 2;
    expect(checkCatalog(c).map((i) => i.path)).toEqual([
      'items[2].code',
      'completeness.itemsIncluded',
      'completeness.itemsInOfficialList',
    ]);
  });
});
