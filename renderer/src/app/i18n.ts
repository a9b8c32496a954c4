import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, LocaleSchema, type Locale } from '../../../shared/domain/common';
import { catalogs } from '../../../shared/i18n/format';

const STORAGE_KEY = 'dabiao.locale';

/** The interface language the user chose last time; Chinese until they choose. */
export function storedLocale(): Locale {
  const parsed = LocaleSchema.safeParse(localStorage.getItem(STORAGE_KEY));
  return parsed.success ? parsed.data : 'zh-CN';
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
}

/** One catalogue for renderer, core and PDF: shared/i18n. Keys contain dots, so no nesting. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: catalogs['zh-CN'] },
      'en-US': { translation: catalogs['en-US'] },
    },
    lng: locale,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LOCALES],
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
}
