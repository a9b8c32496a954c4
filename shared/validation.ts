import { z } from 'zod';
import { AppError } from './errors';

export interface FieldIssue {
  path: string;
  message: string;
}

/** "sections[2].criteria[0].weight": the exact field at fault, readable by people. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/**
 * Parses or throws a `validation` AppError naming each field at fault, in both languages.
 * Chinese wording comes from zod's own zh-CN locale, parsed again only on failure.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const en = issuesOf(result.error);
  const zhResult = schema.safeParse(input, { error: z.locales.zhCN().localeError });
  const zh = zhResult.success ? en : issuesOf(zhResult.error);
  const list = (issues: FieldIssue[]) =>
    issues
      .slice(0, 8)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ') + (issues.length > 8 ? ` (+${issues.length - 8})` : '');
  return throwValidation(what, list(en), list(zh), en);
}

function throwValidation(what: string, en: string, zh: string, issues: FieldIssue[]): never {
  throw new AppError(
    'validation',
    { 'zh-CN': `输入无效：${what} — ${zh}`, 'en-US': `Invalid input: ${what} — ${en}` },
    { issues },
  );
}
