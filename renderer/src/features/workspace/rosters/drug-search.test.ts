import { describe, expect, it } from 'vitest';
import { loadPinyin, nameKeyCache, searchItems, searchKeys, type SearchKeys } from './drug-search';

interface Item {
  name: string;
  keys: SearchKeys;
}

const item = (name: string, nameEn: string | undefined, initials: string | undefined, full = ''): Item => ({
  name,
  keys: { ...searchKeys(name, nameEn, initials, undefined), pinyin: full },
});

const items = [
  item('布洛芬', 'Ibuprofen', 'blf'),
  item('阿莫西林克拉维酸钾', 'Amoxicillin and Clavulanate Potassium', 'amxlklwsj'),
  item('复方阿莫西林', undefined, 'ffamxl'),
  item('阿莫西林', 'Amoxicillin', 'amxl', 'amoxilin'),
];
const names = (query: string) => searchItems(items, (i) => i.keys, query).map((i) => i.name);

describe('drug search', () => {
  it('finds by pinyin initials, prefix matches first', () => {
    expect(names('amxl')).toEqual(['阿莫西林克拉维酸钾', '阿莫西林', '复方阿莫西林']);
    expect(names('AMXL ')).toEqual(names('amxl'));
  });

  it('finds by Chinese name, English name and full pinyin', () => {
    expect(names('阿莫西林')).toEqual(['阿莫西林克拉维酸钾', '阿莫西林', '复方阿莫西林']);
    expect(names('ibu')).toEqual(['布洛芬']);
    expect(names('clavulanate')).toEqual(['阿莫西林克拉维酸钾']);
    expect(names('amoxi')).toEqual(['阿莫西林克拉维酸钾', '阿莫西林']);
    expect(names('a mo xi lin')).toEqual(['阿莫西林']);
  });

  it('returns the list unchanged for an empty query and nothing for no match', () => {
    expect(names('  ')).toEqual(items.map((i) => i.name));
    expect(names('zzz')).toEqual([]);
  });

  it('computes full pinyin and initials for names without catalogue initials', async () => {
    const pinyinOf = await loadPinyin();
    expect(searchKeys('阿莫西林', undefined, undefined, pinyinOf)).toMatchObject({
      initials: 'amxl',
      pinyin: 'amoxilin',
    });
  });
});

describe('nameKeyCache', () => {
  it('computes the keys of each name once', () => {
    let calls = 0;
    const keysOf = nameKeyCache((text) => {
      calls += 1;
      return { full: `full-${text}`, initials: `i-${text}` };
    });
    expect(keysOf('自备草药')).toEqual({
      name: '自备草药',
      nameEn: '',
      initials: 'i-自备草药',
      pinyin: 'full-自备草药',
    });
    keysOf('自备草药');
    keysOf('其他');
    expect(calls).toBe(2);
  });
});
