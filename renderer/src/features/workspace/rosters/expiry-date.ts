export type ExpiryParse = { ok: true; value: string | undefined } | { ok: false };

const pad = (n: number) => String(n).padStart(2, '0');

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isoDate(year: number, month: number, day: number | 'last'): string | undefined {
  if (year < 1990 || year > 2099 || month < 1 || month > 12) return undefined;
  const last = lastDayOf(year, month);
  const d = day === 'last' ? last : day;
  if (d < 1 || d > last) return undefined;
  return `${year}-${pad(month)}-${pad(d)}`;
}

/**
 * What an auditor types from a drug box: 2026-03-31, 2026/3/31, 2026.3.31, 20260331, or only
 * the month as printed on most Chinese packs (有效期至 2026.03, 2026-03, 202603), which means
 * the end of that month. Empty clears the date.
 */
export function parseExpiry(text: string): ExpiryParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(trimmed) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (match) {
    const value = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return value ? { ok: true, value } : { ok: false };
  }
  match = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(trimmed) ?? /^(\d{4})(\d{2})$/.exec(trimmed);
  if (match) {
    const value = isoDate(Number(match[1]), Number(match[2]), 'last');
    return value ? { ok: true, value } : { ok: false };
  }
  return { ok: false };
}
