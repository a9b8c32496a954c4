import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, sortPlaces, type PlaceSort } from './rankings-sort';
import { rankedPlace as place } from './test-fixtures';

const places = [
  place('东山市', 1, { rate: 0.9, averageScore: 90, openFindings: 2 }),
  place('南岭彝族自治州', 2, { rate: 0.5, averageScore: null, openFindings: 5 }),
  place('北湖市', 2, { rate: 0.5, averageScore: 70, openFindings: 2 }),
  place('西川市', 4, { rate: 0.1, averageScore: 60, openFindings: 0 }),
];
const names = (sort: PlaceSort) => sortPlaces(places, sort, 'zh-CN').map((p) => p.name);

describe('rankings table order', () => {
  it("opens in the core's ranking", () => {
    expect(names(DEFAULT_SORT)).toEqual(['东山市', '南岭彝族自治州', '北湖市', '西川市']);
  });

  it('sorts by a column both ways, ties keeping the ranking', () => {
    expect(names({ key: 'openFindings', direction: 'descending' })).toEqual([
      '南岭彝族自治州',
      '东山市',
      '北湖市',
      '西川市',
    ]);
    expect(names({ key: 'openFindings', direction: 'ascending' })).toEqual([
      '西川市',
      '东山市',
      '北湖市',
      '南岭彝族自治州',
    ]);
  });

  it('keeps places without a score at the bottom either way', () => {
    expect(names({ key: 'averageScore', direction: 'descending' })).toEqual([
      '东山市',
      '北湖市',
      '西川市',
      '南岭彝族自治州',
    ]);
    expect(names({ key: 'averageScore', direction: 'ascending' }).at(-1)).toBe('南岭彝族自治州');
  });

  it('sorts names by the locale', () => {
    const sorted = sortPlaces(
      [place('b', 1), place('a', 2), place('C', 3)],
      { key: 'name', direction: 'ascending' },
      'en-US',
    );
    expect(sorted.map((p) => p.name)).toEqual(['a', 'b', 'C']);
  });

  it('flips a column chosen again and starts another in its natural direction', () => {
    expect(nextSort(DEFAULT_SORT, 'rank')).toEqual({ key: 'rank', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'rate')).toEqual({ key: 'rate', direction: 'descending' });
    expect(nextSort({ key: 'rate', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });

  it('never changes the list it is given', () => {
    const before = places.map((p) => p.name);
    sortPlaces(places, { key: 'name', direction: 'descending' }, 'zh-CN');
    expect(places.map((p) => p.name)).toEqual(before);
  });
});
