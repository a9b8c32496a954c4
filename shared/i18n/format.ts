import type { Locale } from '../domain/common';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export type MessageKey = keyof typeof zhCN;
export type MessageParams = Record<string, string | number>;
/** A message not yet put into words: logic returns these, shells render them in the user's language. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Same `{{name}}` interpolation as i18next, so renderer and core share one catalogue. */
export function formatMessage(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{{${name}}}`,
  );
}

export function renderMessage(locale: Locale, message: Message): string {
  return formatMessage(locale, message.key, message.params);
}

export function bilingual(message: Message): { 'zh-CN': string; 'en-US': string } {
  return { 'zh-CN': renderMessage('zh-CN', message), 'en-US': renderMessage('en-US', message) };
}
