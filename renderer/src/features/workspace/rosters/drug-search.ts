/** Lower-case keys one drug is found by; computed once per item, not per keystroke. */
export interface SearchKeys {
  name: string;
  nameEn: string;
  /** Pinyin initials, e.g. amxl for 阿莫西林. */
  initials: string;
  /** Full toneless pinyin without spaces (amoxilin); empty until pinyin-pro has loaded. */
  pinyin: string;
}

export type PinyinOf = (text: string) => { full: string; initials: string };

export interface Query {
  text: string;
  /** Without spaces or apostrophes: "a mo xi lin" and "xi'an" still match pinyin keys. */
  compact: string;
}

export function normaliseQuery(query: string): Query {
  const text = query.trim().toLowerCase().replace(/\s+/g, ' ');
  return { text, compact: text.replace(/[\s']/g, '') };
}

export function searchKeys(
  name: string,
  nameEn: string | undefined,
  initials: string | undefined,
  pinyinOf: PinyinOf | undefined,
): SearchKeys {
  const spoken = pinyinOf?.(name);
  return {
    name: name.toLowerCase(),
    nameEn: (nameEn ?? '').toLowerCase(),
    initials: initials ?? spoken?.initials ?? '',
    pinyin: spoken?.full ?? '',
  };
}

/** 0: a key starts with the query, 1: a key contains it, -1: no match. */
export function rankMatch(keys: SearchKeys, { text, compact }: Query): number {
  if (text === '') return 0;
  const spoken = compact === '' ? [] : [keys.initials, keys.pinyin].filter((k) => k !== '');
  if (keys.name.startsWith(text) || keys.nameEn.startsWith(text) || spoken.some((k) => k.startsWith(compact))) return 0;
  if (keys.name.includes(text) || keys.nameEn.includes(text) || spoken.some((k) => k.includes(compact))) return 1;
  return -1;
}

/**
 * One pass over the list, prefix matches first, each group in list order: cheap enough to run
 * on every keystroke for the full 700-item list.
 */
export function searchItems<T>(items: readonly T[], keysOf: (item: T) => SearchKeys, query: string): readonly T[] {
  const q = normaliseQuery(query);
  if (q.text === '') return items;
  const best: T[] = [];
  const rest: T[] = [];
  for (const item of items) {
    const rank = rankMatch(keysOf(item), q);
    if (rank === 0) best.push(item);
    else if (rank === 1) rest.push(item);
  }
  return best.concat(rest);
}

/** pinyin-pro is large, so it loads after the list is on screen; catalogue initials work without it. */
export async function loadPinyin(): Promise<PinyinOf> {
  const { pinyin } = await import('pinyin-pro');
  return (text) => ({
    full: pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase(),
    initials: pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
      .join('')
      .toLowerCase(),
  });
}

/**
 * Keys of names outside the catalogue, each computed once: a save of one row must not run
 * pinyin-pro again over every drug the audit added (hundreds in a big clinic).
 */
export function nameKeyCache(pinyinOf: PinyinOf | undefined): (name: string) => SearchKeys {
  const cache = new Map<string, SearchKeys>();
  return (name) => {
    let keys = cache.get(name);
    if (keys === undefined) {
      keys = searchKeys(name, undefined, undefined, pinyinOf);
      cache.set(name, keys);
    }
    return keys;
  };
}
