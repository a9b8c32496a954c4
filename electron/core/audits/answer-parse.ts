import type { AnswerValue, Grade } from '../../../shared/domain/audit';
import type { Locale } from '../../../shared/domain/common';
import type { Criterion } from '../../../shared/domain/standard';
import { formatMessage, type Message } from '../../../shared/i18n/format';
import { parseBooleanText, parseNumberText } from '../files/cell-parse';
import { normalizeHeader } from '../files/columns';
import { answerShape } from './audit-form-layout';

export type AnswerParse = { ok: true; value: AnswerValue } | { ok: false; message: Message };

const NO_GRADE_WORDS = new Set(['none', '未达到', '无', '不达标', '-', '—'].map(normalizeHeader));

function parseGrade(raw: string): Grade | undefined {
  const text = normalizeHeader(raw);
  if (text === 'a' || text === 'b' || text === 'c') return text.toUpperCase() as Grade;
  if (NO_GRADE_WORDS.has(text) || text === normalizeHeader(formatMessage('en-US', 'grade.none'))) return 'none';
  return undefined;
}

type ListItem = Extract<Criterion, { kind: 'list_coverage' }>['items'][number];

function resolveItem(items: readonly ListItem[], token: string): string | undefined {
  const wanted = normalizeHeader(token);
  const hit = items.find(
    (item) =>
      normalizeHeader(item.id) === wanted ||
      normalizeHeader(item.label['zh-CN']) === wanted ||
      normalizeHeader(item.label['en-US']) === wanted,
  );
  return hit?.id;
}

function parseItems(criterion: Criterion, raw: unknown): AnswerParse {
  if (criterion.kind !== 'list_coverage') return { ok: false, message: { key: 'form.roster_derived' } };
  const tokens = Array.isArray(raw)
    ? raw.map(String)
    : String(raw)
        .split(/[,，、;；\n]+/u)
        .map((t) => t.trim())
        .filter((t) => t !== '');
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const id = resolveItem(criterion.items, token);
    if (id === undefined) unknown.push(token);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length > 0) {
    const valid = criterion.items.map((i) => i.id).join(', ');
    return { ok: false, message: { key: 'form.bad_items', params: { unknown: unknown.join(', '), valid } } };
  }
  return { ok: true, value: ids };
}

/**
 * Turns what a person typed (or a JSON value) into the answer value of the criterion's kind:
 * 是/否/√/× become booleans, "1,234" a number, 未达到 the grade "none", item labels their ids.
 */
export function parseAnswerValue(criterion: Criterion, raw: unknown): AnswerParse {
  const shape = answerShape(criterion);
  const shown = Array.isArray(raw) ? raw.join(',') : String(raw);
  switch (shape) {
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const value = typeof raw === 'number' || typeof raw === 'string' ? parseBooleanText(String(raw)) : undefined;
      return value === undefined
        ? { ok: false, message: { key: 'form.bad_boolean', params: { value: shown } } }
        : { ok: true, value };
    }
    case 'number': {
      if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: raw };
      const value = typeof raw === 'string' ? parseNumberText(raw) : undefined;
      return value === undefined
        ? { ok: false, message: { key: 'form.bad_number', params: { value: shown } } }
        : { ok: true, value };
    }
    case 'grade': {
      const value = typeof raw === 'string' ? parseGrade(raw) : undefined;
      return value === undefined
        ? { ok: false, message: { key: 'form.bad_grade', params: { value: shown } } }
        : { ok: true, value };
    }
    case 'items':
      return parseItems(criterion, raw);
    case 'text':
      return typeof raw === 'string' || typeof raw === 'number'
        ? { ok: true, value: String(raw) }
        : { ok: false, message: { key: 'form.bad_text', params: { value: shown } } };
    case 'staff':
    case 'equipment':
    case 'drugs':
      return { ok: false, message: { key: 'form.roster_derived' } };
  }
}

/** The inverse, for pre-filling a form from a saved answer. */
export function formatAnswerValue(criterion: Criterion, value: AnswerValue, locale: Locale): string | number {
  if (typeof value === 'boolean') return formatMessage(locale, value ? 'bool.true' : 'bool.false');
  if (Array.isArray(value)) return value.join(', ');
  if (criterion.kind === 'grade' && value === 'none') return formatMessage(locale, 'grade.none');
  return value;
}
