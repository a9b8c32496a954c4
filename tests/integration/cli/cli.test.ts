import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dabiao, expectBilingualFailure, json, snapshot } from './cli-harness';

interface ListedAudit {
  id: string;
  facility: string;
  facilityCode: string;
  level: string;
  kind: string;
  status: string;
  verdict: string;
}

let dir: string;
let dataDir: string;
let dbFile: string;
const file = (name: string) => join(dir, name);
/** Each test spawns the real CLI (about a second per run, more on a busy machine); never a timing assertion. */
const SPAWNS = { timeout: 240_000 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dabiao-cli-'));
  dataDir = join(dir, 'data');
  dbFile = join(dataDir, 'dabiao.sqlite');
  const result = dabiao('demo', '--data-dir', dataDir, '--seed', '7');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('39');
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('dabiao demo and audit list', SPAWNS, () => {
  it('lists the sample audits with verdicts, a completed one per level', () => {
    const audits = json<ListedAudit[]>(dabiao('audit', 'list', '--data-dir', dataDir, '--json'));
    expect(audits.length).toBeGreaterThanOrEqual(9);
    for (const audit of audits) {
      expect(Object.keys(audit)).toEqual(
        expect.arrayContaining(['id', 'facility', 'level', 'kind', 'status', 'verdict']),
      );
    }
    for (const level of ['village_clinic', 'township_health_center', 'county_hospital']) {
      const done = audits.filter((a) => a.level === level && a.status === 'completed');
      expect(done.length, level).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(audits.filter((a) => a.status === 'completed').map((a) => a.verdict))).toEqual(
      new Set(['pass', 'basic', 'fail']),
    );
    expect(audits.some((a) => a.status === 'in_progress')).toBe(true);
  });

  it('has a completed village clinic that fails on the blocking doctor criterion', () => {
    const audits = json<ListedAudit[]>(
      dabiao('audit', 'list', '--data-dir', dataDir, '--json', '--level', 'village_clinic', '--status', 'completed'),
    );
    const scores = audits.map((a) =>
      json<{ verdict: string; blockingFailures: string[] }>(
        dabiao('audit', 'score', a.id, '--data-dir', dataDir, '--json'),
      ),
    );
    const noDoctor = scores.find((s) => s.blockingFailures.includes('BMG-2c'));
    expect(noDoctor?.verdict).toBe('fail');
    const id = audits[scores.indexOf(noDoctor!)]!.id;
    const human = dabiao('audit', 'score', id, '--data-dir', dataDir, '--lang', 'en-US');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Verdict: Does not meet the standard');
    expect(human.stdout).toMatch(/★ BMG-2c .*roster has 0/u);
    expect(human.stdout).toContain('Section scores:');
    expect(human.stdout).toContain('Gap list:');
  });

  it('is deterministic for a seed', () => {
    const again = join(dir, 'again');
    json(dabiao('demo', '--data-dir', again, '--seed', '7', '--json'));
    const pick = (d: string) =>
      json<ListedAudit[]>(dabiao('audit', 'list', '--data-dir', d, '--json'))
        .map((a) => `${a.facilityCode} ${a.facility} ${a.kind} ${a.status} ${a.verdict}`)
        .sort();
    expect(pick(again)).toEqual(pick(dataDir));
  });
});

describe('dabiao audit verify', SPAWNS, () => {
  it('starts an on-site inspection pre-filled from a completed self-assessment, and refuses anything else', () => {
    const audits = json<ListedAudit[]>(dabiao('audit', 'list', '--data-dir', dataDir, '--json'));
    const basis = audits.find((a) => a.kind === 'self_assessment' && a.status === 'completed');
    const inspection = audits.find((a) => a.kind === 'on_site_inspection');
    if (!basis || !inspection) throw new Error('the demo has a completed self-assessment and an inspection');
    const before = snapshot(dbFile);
    expectBilingualFailure(dabiao('audit', 'verify', inspection.id, '--data-dir', dataDir), 1);
    expect(snapshot(dbFile)).toEqual(before);

    const created = dabiao('audit', 'verify', basis.id, '--unannounced', '--data-dir', dataDir, '--json');
    const audit = json<{ id: string; kind: string; announced: boolean }>(created);
    expect(audit).toMatchObject({ kind: 'on_site_inspection', announced: false });
    const shown = json<{ answers: unknown[] }>(dabiao('audit', 'show', audit.id, '--data-dir', dataDir, '--json'));
    const original = json<{ answers: unknown[] }>(dabiao('audit', 'show', basis.id, '--data-dir', dataDir, '--json'));
    expect(shown.answers).toEqual(original.answers);
  });
});

describe('dabiao standards', SPAWNS, () => {
  it('accepts the three built-in standards', () => {
    for (const name of ['village_clinic', 'township_health_center', 'county_hospital']) {
      const result = dabiao('standards', 'validate', `resources/standards/${name}.json`);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('有效');
    }
  });

  it('rejects a broken standard naming the exact field', () => {
    const standard = JSON.parse(readFileSync('resources/standards/village_clinic.json', 'utf8')) as {
      sections: { criteria: { weight: number }[] }[];
    };
    standard.sections[1]!.criteria[0]!.weight = -1;
    writeFileSync(file('broken.json'), JSON.stringify(standard));
    const result = dabiao('standards', 'validate', file('broken.json'));
    expectBilingualFailure(result, 1);
    expect(result.stdout).toContain('sections[1].criteria[0].weight');
  });

  it('shows a standard with its criteria ids and kinds', () => {
    const shown = json<{ key: string; criteria: { id: string; kind: string }[] }>(
      dabiao('standards', 'show', 'vc-national', '--data-dir', dataDir, '--json'),
    );
    expect(shown.key).toMatch(/^vc-national@/);
    expect(shown.criteria).toContainEqual(expect.objectContaining({ id: 'BMG-2c', kind: 'roster_count' }));
  });
});

describe('dabiao audit new / fill / template', SPAWNS, () => {
  function newAudit(): string {
    const result = dabiao(
      'audit',
      'new',
      '--facility',
      'DEMO-C1-T3-V2',
      '--kind',
      'on_site_inspection',
      '--data-dir',
      dataDir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const id = result.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    return id;
  }

  interface Detail {
    audit: { kind: string; status: string };
    answers: { criterionId: string; value: unknown; note?: string }[];
    rosters: {
      staff: { name: string; qualification: string }[];
      equipment: { catalogCode: string }[];
      drugs: { genericName: string }[];
    };
  }

  it('fills an audit from JSON', () => {
    const id = newAudit();
    writeFileSync(
      file('fill.json'),
      JSON.stringify({
        answers: [
          { criterionId: 'BMG-1c', value: '是' },
          { criterionId: 'VC-S-03', value: true, note: '查看执业证书原件' },
        ],
        staff: [{ name: '王建国', qualification: 'village_doctor', licenseNo: '512345678901', verified: true }],
        equipment: [{ catalogCode: 'EQ-BP-MONITOR', present: true, working: true }],
      }),
    );
    expect(dabiao('audit', 'fill', id, file('fill.json'), '--data-dir', dataDir).code).toBe(0);
    // Filling the same file again updates the same rows instead of adding copies.
    expect(dabiao('audit', 'fill', id, file('fill.json'), '--data-dir', dataDir).code).toBe(0);
    const detail = json<Detail>(dabiao('audit', 'show', id, '--data-dir', dataDir, '--json'));
    expect(detail.audit).toMatchObject({ kind: 'on_site_inspection', status: 'in_progress' });
    expect(detail.answers.map((a) => [a.criterionId, a.value])).toEqual(
      expect.arrayContaining([
        ['BMG-1c', true],
        ['VC-S-03', true],
      ]),
    );
    expect(detail.rosters.staff).toEqual([
      expect.objectContaining({ name: '王建国', qualification: 'village_doctor' }),
    ]);
    expect(detail.rosters.equipment).toHaveLength(1);
  });

  it('exports the form and reads it back after a user fills it in Excel', async () => {
    const id = newAudit();
    const result = dabiao('audit', 'template', id, '--out', file('form.xlsx'), '--data-dir', dataDir);
    expect(result.code, result.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('form.xlsx'));
    const criteria = workbook.getWorksheet('指标')!;
    const rowOf = (id: string) => {
      for (let r = 1; r <= criteria.rowCount; r += 1)
        if (criteria.getRow(r).getCell(1).value === id) return criteria.getRow(r);
      throw new Error(id);
    };
    rowOf('BMG-1c').getCell(8).value = '是';
    rowOf('VC-D-06').getCell(8).value = 'storage_by_class, 处方留存';
    rowOf('VC-M-03').getCell(8).value = '否';
    rowOf('VC-M-03').getCell(9).value = '制度未上墙';
    const staff = workbook.getWorksheet('人员')!.getRow(2);
    staff.getCell(2).value = '李秀英';
    staff.getCell(3).value = '乡村医生';
    staff.getCell(7).value = '是';
    const drugs = workbook.getWorksheet('药品')!;
    drugs.getRow(2).getCell(7).value = '是';
    await workbook.xlsx.writeFile(file('form-filled.xlsx'));

    const fill = dabiao('audit', 'fill', id, file('form-filled.xlsx'), '--data-dir', dataDir, '--json');
    expect(json<{ answers: number; staff: number; drugs: number }>(fill)).toMatchObject({
      answers: 3,
      staff: 1,
      drugs: 1,
    });
    const detail = json<Detail>(dabiao('audit', 'show', id, '--data-dir', dataDir, '--json'));
    expect(detail.answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criterionId: 'VC-D-06', value: ['storage_by_class', 'prescriptions_kept'] }),
        expect.objectContaining({ criterionId: 'VC-M-03', value: false, note: '制度未上墙' }),
      ]),
    );
    expect(detail.rosters.staff).toEqual([
      expect.objectContaining({ name: '李秀英', qualification: 'village_doctor' }),
    ]);
    expect(detail.rosters.drugs).toHaveLength(1);
  });
});

describe('dabiao with bad input', SPAWNS, () => {
  it('refuses each bad command with a bilingual error and leaves the database unchanged', () => {
    const [audit] = json<ListedAudit[]>(
      dabiao('audit', 'list', '--data-dir', dataDir, '--json', '--status', 'in_progress'),
    );
    const id = audit!.id;
    writeFileSync(file('malformed.json'), '{"answers": [');
    writeFileSync(file('notes.txt'), 'hello');
    writeFileSync(
      file('wrong-kind.json'),
      JSON.stringify({
        answers: [
          { criterionId: 'BMG-1c', value: 'maybe' },
          { criterionId: 'VC-S-03', value: true },
        ],
      }),
    );
    writeFileSync(file('bad-staff.json'), JSON.stringify({ staff: [{ name: '张三', qualification: 'wizard' }] }));
    writeFileSync(file('fake.xlsx'), 'not a workbook');
    writeFileSync(file('no-level.csv'), '机构编码,机构名称,省,市,县\nX1,某医院,示范省,东山市,清河县\n');
    writeFileSync(file('drugs-bad.csv'), '编号,通用名,类别\n1,,抗微生物药\n');
    const cases: [string[], number][] = [
      [['audit', 'show', 'no-such-audit'], 1],
      [['audit', 'score', 'no-such-audit'], 1],
      [['audit', 'fill', 'no-such-audit', file('wrong-kind.json')], 1],
      [['audit', 'fill', id, file('malformed.json')], 1],
      [['audit', 'fill', id, file('notes.txt')], 1],
      [['audit', 'fill', id, file('wrong-kind.json')], 1],
      [['audit', 'fill', id, file('bad-staff.json')], 1],
      [['audit', 'fill', id, file('fake.xlsx')], 1],
      [['audit', 'fill', id, file('missing.json')], 1],
      [['audit', 'template', id], 2],
      [['audit', 'template', id, '--out', file('form.pdf')], 2],
      [['audit', 'template', 'no-such-audit', '--out', file('x.xlsx')], 1],
      [['audit', 'new', '--facility', 'DEMO-C1', '--kind', 'inspection'], 2],
      [['audit', 'new', '--facility', 'NO-SUCH-FACILITY'], 1],
      [['audit', 'new', '--facility', 'DEMO-C1', '--standard', 'vc-national'], 1],
      [['audit', 'new'], 2],
      [['facilities', 'import', file('notes.txt')], 1],
      [['facilities', 'import', file('no-level.csv')], 1],
      [['facilities', 'import', file('fake.xlsx')], 1],
      [['catalogs', 'import', file('drugs-bad.csv'), '--id', 'neml-full', '--version', '2018'], 1],
      [['catalogs', 'import', file('drugs-bad.csv'), '--version', '2018'], 2],
      [['standards', 'show', 'no-such-standard'], 1],
      [['demo'], 1],
      [['audit', 'frobnicate'], 2],
    ];
    const before = snapshot(dbFile);
    for (const [args, code] of cases) {
      const result = dabiao(...args, '--data-dir', dataDir);
      expectBilingualFailure(result, code);
    }
    expect(snapshot(dbFile)).toEqual(before);
  });

  it('lists every bad cell of a filled form and writes nothing', () => {
    const [audit] = json<ListedAudit[]>(
      dabiao('audit', 'list', '--data-dir', dataDir, '--json', '--status', 'in_progress'),
    );
    writeFileSync(
      file('mixed.json'),
      JSON.stringify({
        answers: [
          { criterionId: 'VC-S-03', value: true },
          { criterionId: 'NOPE-1', value: true },
          { criterionId: 'VC-S-05', value: 'perhaps' },
        ],
      }),
    );
    const before = snapshot(dbFile);
    const result = dabiao('audit', 'fill', audit!.id, file('mixed.json'), '--data-dir', dataDir, '--lang', 'en-US');
    expectBilingualFailure(result, 1);
    expect(result.stdout).toContain('NOPE-1');
    expect(result.stdout).toContain('perhaps');
    expect(result.stderr).toContain('nothing was written');
    expect(snapshot(dbFile)).toEqual(before);
  });
});

describe('dabiao facilities and catalogs import', SPAWNS, () => {
  it('imports good facility rows, reports the bad ones and exits 1', () => {
    writeFileSync(
      file('facilities.csv'),
      '机构编码,机构名称,机构类型,省,市,县,乡镇,村,服务人口\nNEW-1,新村卫生室,村卫生室,示范省,东山市,清河县,龙泉镇,新村,900\nNEW-2,坏行,诊所,示范省,东山市,清河县,龙泉镇,旧村,900\n',
    );
    const result = dabiao('facilities', 'import', file('facilities.csv'), '--data-dir', dataDir);
    expectBilingualFailure(result, 1);
    expect(result.stdout).toContain('新增 1 个');
    expect(result.stdout).toContain('诊所');
    const listed = json<{ code: string }[]>(
      dabiao('facilities', 'list', '--data-dir', dataDir, '--json', '--query', 'NEW-1'),
    );
    expect(listed.map((f) => f.code)).toContain('NEW-1');
  });

  it('imports a full drug list as a new catalogue version', () => {
    writeFileSync(file('drugs.csv'), '编号,通用名,类别,剂型\nC1,阿莫西林,抗微生物药,胶囊\nC2,布洛芬,解热镇痛药,片剂\n');
    const importDrugs = ['catalogs', 'import', file('drugs.csv'), '--id', 'neml-full', '--version', '2018'];
    const before = snapshot(dbFile);
    const result = json<{ id: string; items: number }>(
      dabiao(...importDrugs, '--official-count', '685', '--data-dir', dataDir, '--json'),
    );
    expect(result).toEqual({ id: 'neml-full', version: '2018', items: 2 });
    expect(snapshot(dbFile)['catalog']).toBe(Number(before['catalog']) + 1);
    const again = dabiao(...importDrugs, '--data-dir', dataDir);
    expectBilingualFailure(again, 1);
    expect(again.stderr).toContain('already exists');
  });
});
