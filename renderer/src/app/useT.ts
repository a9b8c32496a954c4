import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LocaleSchema, type Locale } from '../../../shared/domain/common';
import type { MessageKey, MessageParams } from '../../../shared/i18n/format';
import { rememberLocale } from './i18n';

/** Translation limited to keys that exist in shared/i18n, plus the current locale and a setter. */
export function useT(): {
  t: (key: MessageKey, params?: MessageParams) => string;
  locale: Locale;
  setLocale: (locale: Locale) => void;
} {
  const { t: translate, i18n } = useTranslation();
  const parsed = LocaleSchema.safeParse(i18n.resolvedLanguage);
  const locale: Locale = parsed.success ? parsed.data : 'zh-CN';
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(key, params), [translate]);
  const setLocale = useCallback(
    (next: Locale) => {
      rememberLocale(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { t, locale, setLocale };
}
