import { pinyin } from 'pinyin-pro';

export interface SearchableFacility {
  code: string;
  name: string;
  province: string;
  prefecture: string;
  county: string;
  township: string | null;
  village: string | null;
}

function pinyinForms(text: string): string[] {
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return [full, initials];
}

/**
 * One lower-case column a LIKE can scan: the Chinese names as written plus their pinyin and
 * pinyin initials, because at the clinic people type "mlx" or "mengla" faster than 勐腊县.
 */
export function facilitySearchText(f: SearchableFacility): string {
  const places = [f.province, f.prefecture, f.county, f.township, f.village].filter((p): p is string => !!p);
  const spoken = [f.name, f.county, f.township, f.village].filter((p): p is string => !!p).flatMap(pinyinForms);
  return [f.code, f.name, ...places, ...spoken].join('|').toLowerCase();
}

/** Whitespace-separated terms; every term must match somewhere. */
export function searchTerms(query: string | undefined): string[] {
  return (query ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(0, 8);
}
