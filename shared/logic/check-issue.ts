import type { LocalizedText, Locale } from '../domain/common';
import { bilingual, type MessageKey, type MessageParams } from '../i18n/format';
import type { FieldIssue } from '../validation';

/** A FieldIssue that also carries both languages, so the CLI and the UI can show either. */
export interface CheckIssue extends FieldIssue {
  localized: LocalizedText;
}

export function checkIssue(path: string, key: MessageKey, params: MessageParams = {}): CheckIssue {
  const localized = bilingual({ key, params });
  return { path, message: localized['en-US'], localized };
}

function isCheckIssue(issue: FieldIssue): issue is CheckIssue {
  return 'localized' in issue && typeof issue.localized === 'object' && issue.localized !== null;
}

function textOf(issue: FieldIssue, locale: Locale): string {
  return isCheckIssue(issue) ? issue.localized[locale] : issue.message;
}

/** "path: message; ..." in each language, capped so one bad file cannot flood an error dialog. */
export function summarizeIssues(issues: readonly FieldIssue[], limit = 8): LocalizedText {
  const line = (locale: Locale) =>
    issues
      .slice(0, limit)
      .map((i) => `${i.path}: ${textOf(i, locale)}`)
      .join('; ') + (issues.length > limit ? ` (+${issues.length - limit})` : '');
  return { 'zh-CN': line('zh-CN'), 'en-US': line('en-US') };
}
