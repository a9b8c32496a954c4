import { describe, expect, it } from 'vitest';
import { breadcrumbOf, scopeAt, scopeFromSearch, scopeKey, searchOfScope, withFilters } from './review-scope';

const parse = (query: string) => scopeFromSearch(new URLSearchParams(query));

describe('review scope in the URL', () => {
  it('round-trips a scope through the query, place names with any character included', () => {
    const scope = { path: ['示范省', '东山/市 & 区', '清河县'], level: 'village_clinic' as const, asOf: '2025-09-30' };
    const search = searchOfScope(scope);
    expect(search.startsWith('?')).toBe(true);
    expect(parse(search.slice(1))).toEqual(scope);
  });

  it('is empty for everything', () => {
    expect(searchOfScope({ path: [] })).toBe('');
    expect(parse('')).toEqual({ path: [] });
  });

  it('drops what the core would refuse instead of failing the page', () => {
    expect(parse('level=hospital&asOf=2025-02-30')).toEqual({ path: [] });
    expect(parse('p=a&p=b&p=c&p=d&p=e')).toEqual({ path: ['a', 'b', 'c', 'd'] });
    expect(parse(`p=a&p=%20%20&p=c`)).toEqual({ path: ['a'] });
    expect(parse(`p=${'x'.repeat(61)}`)).toEqual({ path: [] });
  });

  it('keeps the filters when moving to another place', () => {
    expect(scopeAt({ path: ['a'], level: 'county_hospital' }, ['a', 'b'])).toEqual({
      path: ['a', 'b'],
      level: 'county_hospital',
    });
  });

  it('changes one filter and keeps the rest', () => {
    const scope = { path: ['a'], level: 'village_clinic' as const, asOf: '2025-06-30' };
    expect(withFilters(scope, { level: null })).toEqual({ path: ['a'], asOf: '2025-06-30' });
    expect(withFilters(scope, { asOf: '2025-07-31' })).toEqual({ ...scope, asOf: '2025-07-31' });
    expect(withFilters({ path: [] }, { level: 'county_hospital', asOf: null })).toEqual({
      path: [],
      level: 'county_hospital',
    });
  });

  it('gives equal scopes equal keys and different scopes different keys', () => {
    expect(scopeKey({ path: ['a'] })).toBe(scopeKey(parse('p=a')));
    expect(scopeKey({ path: ['a', 'b'] })).not.toBe(scopeKey({ path: ['a,b'] }));
    expect(scopeKey({ path: [] })).not.toBe(scopeKey({ path: [], asOf: '2025-01-01' }));
  });

  it('builds the breadcrumb from the top down, each crumb with its own path', () => {
    expect(breadcrumbOf(['示范省', '东山市'])).toEqual([
      { name: null, path: [] },
      { name: '示范省', path: ['示范省'] },
      { name: '东山市', path: ['示范省', '东山市'] },
    ]);
    expect(breadcrumbOf([])).toEqual([{ name: null, path: [] }]);
  });
});
