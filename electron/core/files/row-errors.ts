import { z } from 'zod';
import type { LocalizedText } from '../../../shared/domain/common';
import { bilingual, type Message } from '../../../shared/i18n/format';

/** One problem in one spreadsheet row; `row` is the row number the user sees, `field` the column header. */
export interface RowError {
  row: number;
  field: string;
  message: LocalizedText;
}

export function rowError(row: number, field: string, message: Message): RowError {
  return { row, field, message: bilingual(message) };
}

export type RowParse<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

/**
 * Validates one row with a domain schema; each zod issue is reported against the column its
 * path belongs to, worded by zod in both languages.
 */
export function parseRow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  row: number,
  columnOf: (path: readonly PropertyKey[]) => string,
): RowParse<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const zh = schema.safeParse(input, { error: z.locales.zhCN().localeError });
  const zhIssues = zh.success ? result.error.issues : zh.error.issues;
  const errors = result.error.issues.map((issue, i) => ({
    row,
    field: columnOf(issue.path),
    message: { 'zh-CN': zhIssues[i]?.message ?? issue.message, 'en-US': issue.message },
  }));
  return { ok: false, errors };
}
