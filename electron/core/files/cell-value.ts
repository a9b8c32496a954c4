import type { CellValue } from 'exceljs';

export type CellScalar = string | number | boolean | null;

function isoDate(date: Date): string {
  // exceljs reads date cells as UTC midnight; the calendar day is what the user typed.
  return date.toISOString().slice(0, 10);
}

/** Reduces an exceljs cell value (rich text, formula, hyperlink, date...) to what the user sees. */
export function cellScalar(value: CellValue): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return cellScalar(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
    return cellScalar(result as CellValue);
  }
  if ('hyperlink' in value) return cellScalar(value.text as CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

export function cellText(value: CellValue): string {
  const scalar = cellScalar(value);
  return scalar === null ? '' : String(scalar);
}
