import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { call } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { inTransaction } from '../../electron/core/db/sql';
import { createReviewQueries } from '../../electron/core/review/review-queries';
import { standardInfos } from '../../electron/core/review/standard-infos';
import type { FacilityLevel } from '../../shared/domain/common';
import { sfc32 } from '../../shared/logic/review/prng';
import { summarizeReview } from '../../shared/logic/review/summarize';
import { ms, percentile, timeOnce, timeRuns, type Figure } from './stats';

const PREFECTURES = 16;
const COUNTIES_PER_PREFECTURE = 8;
const TOWNSHIPS_PER_COUNTY = 10;
const TARGET_FACILITIES = 15_000;
const RUNS = 9;
const AS_OF = '2024-06-30';
const AT = '2024-06-30T08:00:00.000Z';

/** Ids shaped like the app's (random UUIDs): their length is part of what a roll-up reads. */
const uuid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

interface Built {
  facilities: number;
  audits: number;
  findings: number;
  province: string;
  prefecture: string;
  county: string;
}

/**
 * A generated province written with plain SQL in one transaction (not through the services: that
 * would time audit entry, not the roll-up): facilities, one completed audit each with its cached
 * result (70 % pass, 15 % basic, 15 % fail, some failing the blocking doctor criterion), and for
 * one facility in five an older failing audit with two findings, one closed out by the newer.
 */
export function buildProvince(core: Core): Built {
  const random = sfc32([20240630, 15000, 7, 1]);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const keys: Record<FacilityLevel, string> = {
    county_hospital: core.standards.defaultKeyFor({ level: 'county_hospital' }),
    township_health_center: core.standards.defaultKeyFor({ level: 'township_health_center' }),
    village_clinic: core.standards.defaultKeyFor({ level: 'village_clinic' }),
  };
  const criteria = Object.fromEntries(
    Object.entries(keys).map(([level, key]) => [
      level,
      core.standards
        .standard(key)
        .sections.flatMap((s) => s.criteria)
        .map((c) => ({ id: c.id, blocking: c.blocking, staff: c.kind === 'roster_count' })),
    ]),
  ) as Record<FacilityLevel, { id: string; blocking: boolean; staff: boolean }[]>;

  const db = core.db;
  const facility = db.prepare(
    `INSERT INTO facility (id, code, name, level, province, prefecture, county, township, village, service_population,
       iv_service_approved, township_seat, shared_clinic, poor_county, created_at, updated_at)
     VALUES (@id, @code, @name, @level, @province, @prefecture, @county, @township, @village, 1000, 0, 0, 0, 1, @at, @at)`,
  );
  const audit = db.prepare(
    `INSERT INTO audit (id, revision, previous_id, facility_id, standard_key, kind, announced, status, team_json,
       facts_json, audit_date, created_at, updated_at, completed_at)
     VALUES (@id, 1, NULL, @facilityId, @key, 'on_site_inspection', 1, 'completed', '[]', '{"ivServiceApproved":false,"townshipSeat":false,"sharedClinic":false,"poorCounty":true}',
       @date, @at, @at, @at)`,
  );
  const result = db.prepare(
    `INSERT INTO audit_result (audit_id, facility_id, audit_date, revision, completed_at, standard_key, verdict, score,
       complete, blocking_failures_json, failed_criteria_json, unassessed_json, gaps_json, computed_at)
     VALUES (@auditId, @facilityId, @date, 1, @at, @key, @verdict, @score, 1, @blocking, @failed, '[]', @gaps, @at)`,
  );
  const finding = db.prepare(
    `INSERT INTO finding (id, audit_id, criterion_id, description, deadline, status, closed_by_audit_id, created_at, updated_at)
     VALUES (@id, @auditId, @criterionId, '问题', @deadline, @status, @closedBy, @at, @at)`,
  );

  let facilities = 0;
  let audits = 0;
  let findings = 0;
  const addAudit = (facilityId: string, level: FacilityLevel, date: string, verdict: 'pass' | 'basic' | 'fail') => {
    const list = criteria[level];
    const failCount = verdict === 'pass' ? 0 : verdict === 'basic' ? 3 : 6;
    const failed = new Set<number>();
    while (failed.size < failCount) failed.add(Math.floor(random() * list.length));
    // A third of failing audits fail the blocking doctor criterion: the blank spots.
    const staffIndex = list.findIndex((c) => c.blocking && c.staff);
    if (verdict === 'fail' && staffIndex >= 0 && random() < 0.33) failed.add(staffIndex);
    const failedIds = [...failed].map((i) => list[i]?.id ?? '');
    const id = uuid(0xa, ++audits);
    audit.run({ id, facilityId, key: keys[level], date, at: AT });
    result.run({
      auditId: id,
      facilityId,
      date,
      key: keys[level],
      verdict,
      score: verdict === 'pass' ? 92 : verdict === 'basic' ? 78 : 55,
      blocking: JSON.stringify([...failed].filter((i) => list[i]?.blocking).map((i) => list[i]?.id)),
      failed: JSON.stringify(failedIds),
      gaps: JSON.stringify(
        verdict === 'pass'
          ? { staff: [], equipment: [], drugVarieties: 0 }
          : {
              staff: [{ qualifications: ['licensed_physician'], missing: 1 }],
              equipment: [{ itemId: pick(['ecg', 'bp', 'steth']), label: { 'zh-CN': '设备', 'en-US': 'device' } }],
              drugVarieties: verdict === 'fail' ? 12 : 3,
            },
      ),
      at: AT,
    });
    return { id, failedIds };
  };
  const addFacility = (level: FacilityLevel, path: [string, string, string, string | null, string | null]) => {
    const id = uuid(0xf, ++facilities);
    const [province, prefecture, county, township, village] = path;
    facility.run({
      id,
      code: `F${String(facilities).padStart(6, '0')}`,
      name: `${village ?? township ?? county}${level === 'village_clinic' ? '卫生室' : level === 'county_hospital' ? '人民医院' : '卫生院'}`,
      level,
      province,
      prefecture,
      county,
      township,
      village,
      at: AT,
    });
    const roll = random();
    const verdict = roll < 0.7 ? 'pass' : roll < 0.85 ? 'basic' : 'fail';
    if (random() < 0.2) {
      const old = addAudit(id, level, `2024-0${1 + Math.floor(random() * 3)}-15`, 'fail');
      const current = addAudit(id, level, `2024-0${4 + Math.floor(random() * 3)}-10`, verdict);
      old.failedIds.slice(0, 2).forEach((criterionId, i) => {
        const closed = i === 0;
        finding.run({
          id: uuid(0xe, ++findings),
          auditId: old.id,
          criterionId,
          deadline: '2024-04-30',
          status: closed ? 'closed' : 'open',
          closedBy: closed ? current.id : null,
          at: AT,
        });
      });
    } else {
      addAudit(id, level, `2024-0${4 + Math.floor(random() * 3)}-${10 + Math.floor(random() * 18)}`, verdict);
    }
  };

  const province = '基准省';
  inTransaction(db, () => {
    for (let p = 1; p <= PREFECTURES; p++) {
      for (let c = 1; c <= COUNTIES_PER_PREFECTURE; c++) {
        const prefecture = `第${p}州`;
        const county = `${prefecture}第${c}县`;
        addFacility('county_hospital', [province, prefecture, county, null, null]);
        const villages =
          Math.round(TARGET_FACILITIES / (PREFECTURES * COUNTIES_PER_PREFECTURE)) - 1 - TOWNSHIPS_PER_COUNTY;
        for (let t = 1; t <= TOWNSHIPS_PER_COUNTY; t++) {
          const township = `${county}第${t}镇`;
          // One township in ten has no township health center on record: a blank spot.
          if (t !== TOWNSHIPS_PER_COUNTY || random() > 0.1)
            addFacility('township_health_center', [province, prefecture, county, township, null]);
          const here = Math.floor(villages / TOWNSHIPS_PER_COUNTY) + (t <= villages % TOWNSHIPS_PER_COUNTY ? 1 : 0);
          for (let v = 1; v <= here; v++)
            addFacility('village_clinic', [province, prefecture, county, township, `${township}第${v}村`]);
        }
      }
    }
  });
  return { facilities, audits, findings, province, prefecture: '第1州', county: '第1州第1县' };
}

/** The province roll-up (goal: under 100 ms over 15,000 audits), its SQL and its pure part. */
export async function benchReview(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dabiao-bench-review-'));
  const core = openCore({ dataDir: dir });
  try {
    const { ms: buildMs, value: built } = await timeOnce(() => buildProvince(core));
    const handlers = createHandlers(core);
    const scopes = {
      province: [built.province],
      prefecture: [built.province, built.prefecture],
      county: [built.province, built.prefecture, built.county],
    };
    const first = await timeOnce(() => call(handlers, 'reviewSummary', { path: scopes.province, asOf: AS_OF }));
    const figures: Figure[] = [
      {
        name: 'review: generated province (direct SQL, one transaction)',
        value: ms(buildMs),
        note: `${built.facilities} facilities, ${built.audits} completed audits with cached results, ${built.findings} findings`,
      },
      {
        name: 'review:summary province, first call',
        value: ms(first.ms),
        note: `${first.value.total.audited} current audits, rate ${(first.value.total.rate * 100).toFixed(1)}%`,
      },
    ];
    // A write between runs makes the core read the rows again ("after a write"); without one it
    // reuses the rows it read while the database is unchanged ("unchanged database").
    const touch = core.db.prepare(`UPDATE facility SET updated_at = updated_at WHERE id = ?`).bind(uuid(0xf, 1));
    for (const [label, path] of Object.entries(scopes)) {
      const cold = await timeRuns(RUNS, () => {
        touch.run();
        return call(handlers, 'reviewSummary', { path, asOf: AS_OF });
      });
      const warm = await timeRuns(RUNS, () => call(handlers, 'reviewSummary', { path, asOf: AS_OF }));
      figures.push(
        {
          name: `review:summary ${label} p50 after a write (goal < 100 ms)`,
          value: ms(percentile(cold, 50)),
          note: `${RUNS} runs through dispatch (input and output validated), max ${ms(percentile(cold, 100))}`,
        },
        { name: `review:summary ${label} p50, unchanged database`, value: ms(percentile(warm, 50)) },
      );
    }
    // Where the province's time goes: the SQL that loads compact rows, then the pure roll-up.
    const queries = createReviewQueries(core.db);
    // Every result is cached by the build: nothing to rescore.
    const noRescoring = () => {
      throw new Error('the generated province has every result cached');
    };
    const load = await timeRuns(RUNS, () => {
      touch.run();
      return queries.load(scopes.province, AS_OF, noRescoring);
    });
    const rows = queries.load(scopes.province, AS_OF, noRescoring);
    const standards = standardInfos(
      core.context,
      rows.current.map((c) => c.standardKey),
    );
    const pure = await timeRuns(RUNS, () =>
      summarizeReview({ scope: { path: scopes.province, asOf: AS_OF }, ...rows, standards }),
    );
    figures.push(
      { name: 'review: province rows from SQL p50', value: ms(percentile(load, 50)) },
      { name: 'review: province pure roll-up p50', value: ms(percentile(pure, 50)) },
    );
    return figures;
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
