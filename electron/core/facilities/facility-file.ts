import type { FacilityLevel } from '../../../shared/domain/common';
import { FacilityInputSchema, type FacilityInput } from '../../../shared/domain/facility';
import { parseBooleanText, parseCountText } from '../files/cell-parse';
import { cellOf, mapColumns, normalizeHeader, type ColumnMap, type ColumnSpec } from '../files/columns';
import { parseRow, rowError, type RowError } from '../files/row-errors';
import { readTable, type TableLimits } from '../files/table-file';

/** 20 MiB matches the IPC contract; 50,000 rows is several provinces of facilities. */
export const FACILITY_FILE_LIMITS: TableLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 50_000 };

type TextField = 'code' | 'name' | 'province' | 'prefecture' | 'county' | 'township' | 'village' | 'variant';
type CountField = 'service_population' | 'resident_population' | 'beds';
type FlagField = 'iv_service_approved' | 'township_seat' | 'shared_clinic' | 'poor_county';
export type FacilityField = TextField | CountField | FlagField | 'level';

export const FACILITY_COLUMNS: readonly ColumnSpec<FacilityField>[] = [
  { field: 'code', aliases: ['机构编码', '编码', '机构代码', '代码', 'code', 'facility code'], required: true },
  { field: 'name', aliases: ['机构名称', '名称', 'name', 'facility name'], required: true },
  { field: 'level', aliases: ['机构类型', '机构级别', '级别', '类型', 'level', 'type'], required: true },
  { field: 'province', aliases: ['省', '省份', '省区市', 'province'], required: true },
  { field: 'prefecture', aliases: ['市', '地市', '市州', '州市', 'prefecture', 'city'], required: true },
  { field: 'county', aliases: ['县', '县区', '区县', '县市区', 'county', 'district'], required: true },
  { field: 'township', aliases: ['乡镇', '乡', '乡镇街道', 'township', 'town'], required: false },
  { field: 'village', aliases: ['村', '行政村', '村社区', 'village'], required: false },
  { field: 'service_population', aliases: ['服务人口', 'service population'], required: false },
  { field: 'resident_population', aliases: ['常住人口', 'resident population'], required: false },
  { field: 'beds', aliases: ['床位', '床位数', '编制床位', 'beds'], required: false },
  { field: 'variant', aliases: ['省级标准', '省级变体', '省级版本', 'variant', 'provincial variant'], required: false },
  {
    field: 'iv_service_approved',
    aliases: ['静脉给药', '静脉输液', '静脉给药服务', 'iv service approved', 'iv'],
    required: false,
  },
  { field: 'township_seat', aliases: ['乡镇所在地', '位于乡镇所在地', 'township seat'], required: false },
  { field: 'shared_clinic', aliases: ['合设', '联合设置', '合设卫生室', 'shared clinic'], required: false },
  { field: 'poor_county', aliases: ['贫困县', 'poor county'], required: false },
];

const LEVEL_WORDS: Record<FacilityLevel, readonly string[]> = {
  county_hospital: ['县级医院', '县医院', '县级', 'county_hospital', 'county hospital'],
  township_health_center: [
    '乡镇卫生院',
    '卫生院',
    '乡卫生院',
    '镇卫生院',
    'township_health_center',
    'township health center',
  ],
  village_clinic: ['村卫生室', '卫生室', '村级', 'village_clinic', 'village clinic'],
};

export function parseLevelText(text: string): FacilityLevel | undefined {
  const word = normalizeHeader(text);
  for (const [level, words] of Object.entries(LEVEL_WORDS) as [FacilityLevel, readonly string[]][]) {
    if (words.some((w) => normalizeHeader(w) === word)) return level;
  }
  return undefined;
}

const PATH_TO_FIELD: Record<string, FacilityField> = {
  code: 'code',
  name: 'name',
  level: 'level',
  'adminPath.province': 'province',
  'adminPath.prefecture': 'prefecture',
  'adminPath.county': 'county',
  'adminPath.township': 'township',
  'adminPath.village': 'village',
  servicePopulation: 'service_population',
  residentPopulation: 'resident_population',
  beds: 'beds',
  variant: 'variant',
  'flags.ivServiceApproved': 'iv_service_approved',
  'flags.townshipSeat': 'township_seat',
  'flags.sharedClinic': 'shared_clinic',
  'flags.poorCounty': 'poor_county',
};

export interface ParsedFacilityRow {
  row: number;
  facility: FacilityInput;
}

export interface FacilityFileResult {
  rows: ParsedFacilityRow[];
  errors: RowError[];
  /** Data rows read, valid or not. */
  total: number;
  /** Columns the file has: on re-import, a column the file lacks must not erase saved values. */
  columns: ReadonlySet<FacilityField>;
}

/** The saved facility with only the columns this file carries taken from the file. */
export function mergeImported(
  saved: FacilityInput,
  imported: FacilityInput,
  columns: ReadonlySet<FacilityField>,
): FacilityInput {
  const pick = <T>(field: FacilityField, fromFile: T, fromSaved: T): T => (columns.has(field) ? fromFile : fromSaved);
  return {
    ...imported,
    adminPath: {
      ...imported.adminPath,
      township: pick('township', imported.adminPath.township, saved.adminPath.township),
      village: pick('village', imported.adminPath.village, saved.adminPath.village),
    },
    servicePopulation: pick('service_population', imported.servicePopulation, saved.servicePopulation),
    residentPopulation: pick('resident_population', imported.residentPopulation, saved.residentPopulation),
    beds: pick('beds', imported.beds, saved.beds),
    variant: pick('variant', imported.variant, saved.variant),
    flags: {
      ivServiceApproved: pick('iv_service_approved', imported.flags.ivServiceApproved, saved.flags.ivServiceApproved),
      townshipSeat: pick('township_seat', imported.flags.townshipSeat, saved.flags.townshipSeat),
      sharedClinic: pick('shared_clinic', imported.flags.sharedClinic, saved.flags.sharedClinic),
      poorCounty: pick('poor_county', imported.flags.poorCounty, saved.flags.poorCounty),
    },
  };
}

function columnLabel(map: ColumnMap<FacilityField>, field: FacilityField): string {
  return map.label[field] ?? FACILITY_COLUMNS.find((c) => c.field === field)?.aliases[0] ?? field;
}

function rowToInput(
  cells: readonly string[],
  row: number,
  map: ColumnMap<FacilityField>,
): { input: unknown; errors: RowError[] } {
  const errors: RowError[] = [];
  const text = (field: FacilityField) => cellOf(cells, map, field) || undefined;
  const fail = (field: FacilityField, message: Parameters<typeof rowError>[2]) =>
    errors.push(rowError(row, columnLabel(map, field), message));

  for (const field of ['code', 'name', 'level', 'province', 'prefecture', 'county'] as const) {
    if (!text(field)) fail(field, { key: 'file.required_cell' });
  }
  const levelText = text('level');
  const level = levelText ? parseLevelText(levelText) : undefined;
  if (levelText && !level) fail('level', { key: 'file.bad_level', params: { value: levelText } });
  if (level && level !== 'county_hospital' && !text('township')) fail('township', { key: 'file.required_cell' });
  if (level === 'village_clinic' && !text('village')) fail('village', { key: 'file.required_cell' });

  const count = (field: CountField) => {
    const raw = text(field);
    if (raw === undefined) return undefined;
    const value = parseCountText(raw);
    if (value === undefined) fail(field, { key: 'file.not_count', params: { value: raw } });
    return value;
  };
  const flag = (field: FlagField) => {
    const raw = text(field);
    if (raw === undefined) return false;
    const value = parseBooleanText(raw);
    if (value === undefined) fail(field, { key: 'file.not_boolean', params: { value: raw } });
    return value ?? false;
  };
  const input = {
    code: text('code'),
    name: text('name'),
    level,
    adminPath: {
      province: text('province'),
      prefecture: text('prefecture'),
      county: text('county'),
      township: text('township'),
      village: text('village'),
    },
    servicePopulation: count('service_population'),
    residentPopulation: count('resident_population'),
    beds: count('beds'),
    variant: text('variant'),
    flags: {
      ivServiceApproved: flag('iv_service_approved'),
      townshipSeat: flag('township_seat'),
      sharedClinic: flag('shared_clinic'),
      poorCounty: flag('poor_county'),
    },
  };
  return { input, errors };
}

/**
 * Reads a facility list (CSV in UTF-8 or GBK, or XLSX) into validated inputs and a per-row
 * error report. Throws `bad_file` only when the file as a whole cannot be used.
 */
export async function parseFacilityFile(fileName: string, bytes: Uint8Array): Promise<FacilityFileResult> {
  const table = await readTable(fileName, bytes, FACILITY_FILE_LIMITS);
  const map = mapColumns(table.header, FACILITY_COLUMNS);
  const rows: ParsedFacilityRow[] = [];
  const errors: RowError[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const draft = rowToInput(cells, row, map);
    if (draft.errors.length > 0) {
      errors.push(...draft.errors);
      continue;
    }
    const parsed = parseRow(FacilityInputSchema, draft.input, row, (path) =>
      columnLabel(map, PATH_TO_FIELD[path.map(String).join('.')] ?? 'code'),
    );
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const first = firstRowOfCode.get(parsed.value.code);
    if (first !== undefined) {
      errors.push(
        rowError(row, columnLabel(map, 'code'), {
          key: 'file.duplicate_code',
          params: { code: parsed.value.code, first },
        }),
      );
      continue;
    }
    firstRowOfCode.set(parsed.value.code, row);
    rows.push({ row, facility: parsed.value });
  }
  const columns = new Set(Object.keys(map.index) as FacilityField[]);
  return { rows, errors, total: table.rows.length, columns };
}
