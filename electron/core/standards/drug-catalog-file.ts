import { pinyin } from 'pinyin-pro';
import {
  DrugCatalogItemSchema,
  DrugCatalogSchema,
  type DrugCatalog,
  type DrugCatalogItem,
} from '../../../shared/domain/catalog';
import type { LocalizedText } from '../../../shared/domain/common';
import { bilingual } from '../../../shared/i18n/format';
import { AppError } from '../../../shared/errors';
import { parseOrThrow } from '../../../shared/validation';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, type ServiceContext } from '../service-context';
import { cellOf, mapColumns, normalizeHeader, type ColumnMap, type ColumnSpec } from '../files/columns';
import { parseRow, rowError, type RowError } from '../files/row-errors';
import { readTable, type TableLimits } from '../files/table-file';
import { stored } from './standard-records';

/** The national essential list has under 1,000 items; provincial supplements stay far below this. */
export const DRUG_CATALOG_FILE_LIMITS: TableLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 20_000 };

type DrugField = 'code' | 'genericName' | 'nameEn' | 'category' | 'dosageForms' | 'group';

export const DRUG_COLUMNS: readonly ColumnSpec<DrugField>[] = [
  { field: 'code', aliases: ['编号', '编码', '药品编号', '序号', 'code'], required: true },
  {
    field: 'genericName',
    aliases: ['通用名', '通用名称', '药品名称', '品种名称', 'generic name', 'genericName', 'name'],
    required: true,
  },
  { field: 'nameEn', aliases: ['英文名', '英文名称', 'english name', 'nameEn'], required: false },
  { field: 'category', aliases: ['类别', '分类', '药理分类', '类别名称', 'category'], required: true },
  {
    field: 'dosageForms',
    aliases: ['剂型', '剂型规格', 'dosage forms', 'dosage form', 'dosageForms'],
    required: false,
  },
  { field: 'group', aliases: ['组别', '药品类型', '大类', '部分', 'group'], required: false },
];

const GROUP_WORDS: Record<DrugCatalogItem['group'], readonly string[]> = {
  chemical: ['化学药品', '化学药品和生物制品', '化学药', '西药', 'chemical'],
  tcm_patent: ['中成药', '中药', 'tcm_patent', 'tcm'],
  biological: ['生物制品', '生物', 'biological'],
};

function groupOf(text: string): DrugCatalogItem['group'] | undefined {
  const word = normalizeHeader(text);
  for (const [group, words] of Object.entries(GROUP_WORDS) as [DrugCatalogItem['group'], readonly string[]][]) {
    if (words.some((w) => normalizeHeader(w) === word)) return group;
  }
  return undefined;
}

/** 阿莫西林 → amxl, 维生素B1 → wssb1: what a clinic types to find a drug. */
export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface DrugCatalogFileOptions {
  id: string;
  version: string;
  title?: LocalizedText;
  /** Said plainly to users: how many items the official list has, when known. */
  itemsInOfficialList?: number;
}

export interface DrugCatalogFileResult {
  /** Null when any row is invalid: an official list is stored whole or not at all. */
  catalog: DrugCatalog | null;
  errors: RowError[];
  total: number;
}

function label(map: ColumnMap<DrugField>, field: DrugField): string {
  return map.label[field] ?? DRUG_COLUMNS.find((c) => c.field === field)?.aliases[0] ?? field;
}

function rowItem(
  cells: readonly string[],
  row: number,
  map: ColumnMap<DrugField>,
): { item?: DrugCatalogItem; errors: RowError[] } {
  const cell = (field: DrugField) => cellOf(cells, map, field);
  const errors: RowError[] = [];
  for (const field of ['code', 'genericName', 'category'] as const) {
    if (cell(field) === '') errors.push(rowError(row, label(map, field), { key: 'file.required_cell' }));
  }
  const groupText = cell('group');
  // Official lists are often split into parts rather than carrying a group column; chemical is their first part.
  const group = groupText === '' ? 'chemical' : groupOf(groupText);
  if (!group)
    errors.push(rowError(row, label(map, 'group'), { key: 'file.bad_drug_group', params: { value: groupText } }));
  if (errors.length > 0) return { errors };
  const input = {
    code: cell('code'),
    genericName: cell('genericName'),
    nameEn: cell('nameEn') || undefined,
    pinyinInitials: pinyinInitials(cell('genericName')),
    category: cell('category'),
    group,
    dosageForms: cell('dosageForms') || undefined,
  };
  const parsed = parseRow(DrugCatalogItemSchema, input, row, (path) =>
    label(map, path[0] === 'pinyinInitials' ? 'genericName' : ((path[0] as DrugField | undefined) ?? 'code')),
  );
  return parsed.ok ? { item: parsed.value, errors } : { errors: parsed.errors };
}

/** Reads a full official drug list from CSV or XLSX into a drug catalogue, with per-row errors. */
export async function parseDrugCatalogFile(
  fileName: string,
  bytes: Uint8Array,
  options: DrugCatalogFileOptions,
): Promise<DrugCatalogFileResult> {
  const table = await readTable(fileName, bytes, DRUG_CATALOG_FILE_LIMITS);
  const map = mapColumns(table.header, DRUG_COLUMNS);
  const items: DrugCatalogItem[] = [];
  const errors: RowError[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const result = rowItem(cells, row, map);
    errors.push(...result.errors);
    if (!result.item) continue;
    const first = firstRow.get(result.item.code);
    if (first !== undefined) {
      errors.push(
        rowError(row, label(map, 'code'), { key: 'file.duplicate_code', params: { code: result.item.code, first } }),
      );
      continue;
    }
    firstRow.set(result.item.code, row);
    items.push(result.item);
  }
  if (errors.length > 0) return { catalog: null, errors, total: table.rows.length };
  const catalog = parseOrThrow(
    DrugCatalogSchema,
    {
      format: 'dabiao.drug-catalog/1',
      id: options.id,
      version: options.version,
      title:
        options.title ??
        bilingual({ key: 'catalog.imported_title', params: { id: options.id, version: options.version } }),
      completeness: {
        itemsIncluded: items.length,
        ...(options.itemsInOfficialList === undefined ? {} : { itemsInOfficialList: options.itemsInOfficialList }),
        note: bilingual({ key: 'catalog.imported_note', params: { file: fileName, count: items.length } }),
      },
      sources: [fileName],
      items,
    },
    'drug catalogue',
  );
  return { catalog, errors, total: table.rows.length };
}

/**
 * Stores an imported catalogue as a new, non-built-in record. A stored version is never
 * overwritten: importing the same id and version again is a conflict.
 */
export function storeDrugCatalog(ctx: ServiceContext, catalog: DrugCatalog): void {
  inTransaction(ctx.db, () => {
    if (ctx.repos.catalogs.get('drug', catalog.id, catalog.version)) {
      throw new AppError('conflict', { key: 'catalog.exists', params: { id: catalog.id, version: catalog.version } });
    }
    const record = {
      kind: 'drug' as const,
      id: catalog.id,
      version: catalog.version,
      builtin: false,
      ...stored(catalog),
      createdAt: isoNow(ctx),
    };
    ctx.repos.catalogs.insert(record);
    logEvent(ctx, 'catalog.imported', 'catalog', `drug:${catalog.id}@${catalog.version}`, {
      sha256: record.sha256,
      items: catalog.items.length,
    });
  });
}
