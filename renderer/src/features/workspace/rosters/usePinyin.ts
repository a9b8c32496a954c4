import { useEffect, useState } from 'react';
import { loadPinyin, type PinyinOf } from './drug-search';

let loading: Promise<PinyinOf> | undefined;

/** Full-pinyin search once pinyin-pro has loaded (once per window); undefined until then or if it fails. */
export function usePinyin(): PinyinOf | undefined {
  const [pinyinOf, setPinyinOf] = useState<PinyinOf>();
  useEffect(() => {
    let live = true;
    loading ??= loadPinyin();
    loading.then(
      (fn) => {
        if (live) setPinyinOf(() => fn);
      },
      () => {
        // Without it the catalogue's own pinyin initials still work; try again on the next mount.
        loading = undefined;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return pinyinOf;
}
