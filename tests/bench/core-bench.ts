import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { createDemo } from '../../electron/core/demo/create-demo';
import { call, dispatch } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import type { Answer, Rosters } from '../../shared/domain/audit';
import type { Standard } from '../../shared/domain/standard';
import { scoreAudit } from '../../shared/logic/scoring';
import { ms, percentile, timeOnce, timeRuns, type Figure } from './stats';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dabiao-bench-'));
}

const quietLog = () => undefined;

/** Autosave as the UI does it: one dispatch per answer, acknowledged after its transaction commits. */
export async function benchAutosave(): Promise<Figure[]> {
  const dir = tempDir();
  const core = openCore({ dataDir: dir });
  try {
    const handlers = createHandlers(core);
    const facility = await call(handlers, 'createFacility', {
      code: 'BENCH-VC-1',
      name: '基准村卫生室',
      level: 'village_clinic',
      adminPath: { province: '测试省', prefecture: '测试市', county: '测试县', township: '测试镇', village: '测试村' },
      servicePopulation: 1200,
      residentPopulation: 1100,
    });
    const audit = await call(handlers, 'createAudit', { facilityId: facility.id, kind: 'on_site_inspection' });
    const { standard } = await call(handlers, 'getStandard', { key: audit.standardKey });
    const yesNo = standard.sections.flatMap((s) => s.criteria).filter((c) => c.kind === 'yes_no');
    const runs = 2000;
    const samples = await timeRuns(runs, async (i) => {
      const criterion = yesNo[i % yesNo.length];
      if (!criterion) throw new Error('no yes/no criterion');
      const envelope = await dispatch(
        handlers,
        'audits:save-answer',
        { auditId: audit.id, criterionId: criterion.id, value: i % 3 !== 0 },
        quietLog,
      );
      if (!envelope.ok) throw new Error(envelope.error.message['en-US']);
    });
    const scoreSamples = await timeRuns(200, () => call(handlers, 'getScore', { id: audit.id }));
    return [
      {
        name: 'autosave p50 (handler table, synchronous=FULL)',
        value: ms(percentile(samples, 50)),
        note: `${runs} saves`,
      },
      { name: 'autosave p95', value: ms(percentile(samples, 95)) },
      { name: 'autosave max', value: ms(percentile(samples, 100)) },
      { name: 'audits:get-score p50 (DB read + score)', value: ms(percentile(scoreSamples, 50)) },
    ];
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Full rescore of the largest built-in standard with 700 drug rows, as the live panel does it. */
export async function benchRescore(): Promise<Figure[]> {
  const dir = tempDir();
  const core = openCore({ dataDir: dir });
  try {
    const handlers = createHandlers(core);
    const summaries = await call(handlers, 'listStandards', {});
    const details = await Promise.all(summaries.map((s) => call(handlers, 'getStandard', { key: s.key })));
    const largest = details.reduce((a, b) => (criteriaOf(b.standard) > criteriaOf(a.standard) ? b : a));
    const standard = largest.standard;
    const answers: Answer[] = standard.sections
      .flatMap((s) => s.criteria)
      .filter((c) => c.kind === 'yes_no')
      .map((c) => ({ criterionId: c.id, value: true, answeredAt: '2026-01-01T00:00:00Z' }));
    const rosters: Rosters = {
      staff: Array.from({ length: 60 }, (_, i) => ({
        id: `s${i}`,
        name: `人员${i}`,
        qualification: i % 2 ? 'licensed_physician' : 'registered_nurse',
        verified: true,
      })),
      equipment: Array.from({ length: 80 }, (_, i) => ({
        id: `e${i}`,
        catalogCode: `EQ-${i}`,
        present: true,
        working: i % 5 !== 0,
        count: 1,
      })),
      drugs: Array.from({ length: 700 }, (_, i) => ({
        id: `d${i}`,
        catalogCode: `NEML2018-C${String(i % 100).padStart(3, '0')}`,
        genericName: `药品${i}`,
        inStock: i % 7 !== 0,
      })),
    };
    const facts = {
      servicePopulation: 30_000,
      residentPopulation: 30_000,
      beds: 60,
      ivServiceApproved: true,
      townshipSeat: false,
      sharedClinic: false,
      poorCounty: true,
    };
    const samples = await timeRuns(500, () => scoreAudit({ standard, answers, rosters, facts }));
    return [
      {
        name: `full rescore p50 (${standard.id}, ${criteriaOf(standard)} criteria, 700 drugs)`,
        value: ms(percentile(samples, 50)),
      },
      { name: 'full rescore p95', value: ms(percentile(samples, 95)) },
    ];
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function criteriaOf(standard: Standard): number {
  return standard.sections.reduce((n, s) => n + s.criteria.length, 0);
}

export async function benchDemo(): Promise<Figure[]> {
  const dir = tempDir();
  try {
    const { ms: total, value } = await timeOnce(async () => {
      const core = openCore({ dataDir: dir });
      try {
        return await createDemo(core, { seed: 1 });
      } finally {
        core.close();
      }
    });
    return [
      { name: 'demo creation (open + seed + demo data)', value: ms(total), note: `${value.audits.length} audits` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
