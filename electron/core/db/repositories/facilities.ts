import type { FacilityLevel } from '../../../../shared/domain/common';
import type { Facility } from '../../../../shared/domain/facility';
import { facilitySearchText } from '../../facilities/search-text';
import { fromBit, likeContains, optional, statementCache, toBit, type Db } from '../sql';

interface FacilityRow {
  id: string;
  code: string;
  name: string;
  level: FacilityLevel;
  province: string;
  prefecture: string;
  county: string;
  township: string | null;
  village: string | null;
  service_population: number | null;
  resident_population: number | null;
  beds: number | null;
  variant: string | null;
  iv_service_approved: number;
  township_seat: number;
  shared_clinic: number;
  poor_county: number;
  created_at: string;
  updated_at: string;
}

export interface FacilityQuery {
  /** Each term must occur in the name, code, place names or their pinyin. */
  terms?: readonly string[];
  level?: FacilityLevel;
  limit?: number;
}

const toFacility = (r: FacilityRow): Facility => ({
  id: r.id,
  code: r.code,
  name: r.name,
  level: r.level,
  adminPath: {
    province: r.province,
    prefecture: r.prefecture,
    county: r.county,
    ...optional('township', r.township),
    ...optional('village', r.village),
  },
  ...optional('servicePopulation', r.service_population),
  ...optional('residentPopulation', r.resident_population),
  ...optional('beds', r.beds),
  ...optional('variant', r.variant),
  flags: {
    ivServiceApproved: fromBit(r.iv_service_approved),
    townshipSeat: fromBit(r.township_seat),
    sharedClinic: fromBit(r.shared_clinic),
    poorCounty: fromBit(r.poor_county),
  },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function toParams(f: Facility) {
  const row = {
    id: f.id,
    code: f.code,
    name: f.name,
    level: f.level,
    province: f.adminPath.province,
    prefecture: f.adminPath.prefecture,
    county: f.adminPath.county,
    township: f.adminPath.township ?? null,
    village: f.adminPath.village ?? null,
    service_population: f.servicePopulation ?? null,
    resident_population: f.residentPopulation ?? null,
    beds: f.beds ?? null,
    variant: f.variant ?? null,
    iv_service_approved: toBit(f.flags.ivServiceApproved),
    township_seat: toBit(f.flags.townshipSeat),
    shared_clinic: toBit(f.flags.sharedClinic),
    poor_county: toBit(f.flags.poorCounty),
    created_at: f.createdAt,
    updated_at: f.updatedAt,
  };
  return { ...row, search_text: facilitySearchText(row) };
}

const COLUMNS = [
  'id',
  'code',
  'name',
  'level',
  'province',
  'prefecture',
  'county',
  'township',
  'village',
  'service_population',
  'resident_population',
  'beds',
  'variant',
  'iv_service_approved',
  'township_seat',
  'shared_clinic',
  'poor_county',
  'created_at',
  'updated_at',
  'search_text',
] as const;

export function createFacilitiesRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO facility (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const update = db.prepare(
    `UPDATE facility SET ${COLUMNS.filter((c) => c !== 'id' && c !== 'created_at')
      .map((c) => `${c} = @${c}`)
      .join(', ')} WHERE id = @id`,
  );
  const byId = db.prepare<[string], FacilityRow>('SELECT * FROM facility WHERE id = ?');
  const byCode = db.prepare<[string], FacilityRow>('SELECT * FROM facility WHERE code = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM facility');
  const prepared = statementCache(db);

  return {
    insert(facility: Facility): void {
      insert.run(toParams(facility));
    },
    update(facility: Facility): boolean {
      return update.run(toParams(facility)).changes > 0;
    },
    get(id: string): Facility | undefined {
      const row = byId.get(id);
      return row && toFacility(row);
    },
    getByCode(code: string): Facility | undefined {
      const row = byCode.get(code);
      return row && toFacility(row);
    },
    /** Ordered by place then name, so a county's facilities list together. */
    list(query: FacilityQuery = {}): Facility[] {
      const where: string[] = [];
      const params: (string | number)[] = [];
      for (const term of query.terms ?? []) {
        where.push(`search_text LIKE ? ESCAPE '\\'`);
        params.push(likeContains(term));
      }
      if (query.level) {
        where.push('level = ?');
        params.push(query.level);
      }
      const sql =
        'SELECT * FROM facility' +
        (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
        ' ORDER BY province, prefecture, county, township, village, name, code' +
        (query.limit ? ' LIMIT ?' : '');
      if (query.limit) params.push(query.limit);
      return prepared<FacilityRow>(sql)
        .all(...params)
        .map(toFacility);
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type FacilitiesRepository = ReturnType<typeof createFacilitiesRepository>;
