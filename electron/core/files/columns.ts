import { AppError } from '../../../shared/errors';

export interface ColumnSpec<F extends string> {
  field: F;
  /** Header spellings accepted, compared after `normalizeHeader`; the first is the canonical Chinese name. */
  aliases: readonly string[];
  required: boolean;
}

/**
 * Case, spaces, "*" marks and a trailing parenthetical are ignored, so
 * "服务人口（人）", "Service population" and "service_population" all match.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^()（）]*[)）]\s*$/u, '')
    .replace(/[\s*_-]/gu, '');
}

export interface ColumnMap<F extends string> {
  index: Partial<Record<F, number>>;
  /** The header text as it appears in the file, for error reports. */
  label: Partial<Record<F, string>>;
}

export function mapColumns<F extends string>(header: readonly string[], specs: readonly ColumnSpec<F>[]): ColumnMap<F> {
  const normalized = header.map(normalizeHeader);
  const map: ColumnMap<F> = { index: {}, label: {} };
  const missing: ColumnSpec<F>[] = [];
  for (const spec of specs) {
    const wanted = new Set(spec.aliases.map(normalizeHeader));
    const at = normalized.findIndex((h) => wanted.has(h));
    if (at >= 0) {
      map.index[spec.field] = at;
      map.label[spec.field] = header[at] ?? spec.field;
    } else if (spec.required) missing.push(spec);
  }
  if (missing.length > 0) {
    const columns = missing.map((s) => `${s.aliases[0] ?? s.field} (${s.field})`).join(', ');
    throw new AppError(
      'bad_file',
      { key: 'file.missing_columns', params: { columns } },
      {
        missingColumns: missing.map((s) => s.field),
      },
    );
  }
  return map;
}

export function cellOf<F extends string>(cells: readonly string[], map: ColumnMap<F>, field: F): string {
  const at = map.index[field];
  return at === undefined ? '' : (cells[at] ?? '').trim();
}
