import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import type { ReviewSummary, Sample } from '../../../shared/ipc/contracts/review';
import { rateText } from '../../../shared/logic/review/rates';
import { dabiao, expectBilingualFailure, json } from '../cli/cli-harness';
import { pdfText } from '../reports/pdf-tools';

let dir: string;
let dataDir: string;
/** Each test spawns the real CLI (about a second per run); never a timing assertion. */
const SPAWNS = { timeout: 240_000 };
const AS_OF = '2099-12-31';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dabiao-review-cli-'));
  dataDir = join(dir, 'data');
  const result = dabiao('demo', '--data-dir', dataDir, '--seed', '7');
  expect(result.code, result.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('dabiao review', SPAWNS, () => {
  it('summary --json is what review:summary answers; the human form prints "达标 x / y (z%)" per level', async () => {
    const fromCli = json<ReviewSummary>(dabiao('review', 'summary', '--data-dir', dataDir, '--as-of', AS_OF, '--json'));
    const core = openCore({ dataDir });
    try {
      expect(await call(createHandlers(core), 'reviewSummary', { path: [], asOf: AS_OF })).toEqual(fromCli);
    } finally {
      core.close();
    }
    expect(fromCli.total.facilities).toBe(39);
    expect(fromCli.byLevel.map((l) => l.level)).toEqual([
      'county_hospital',
      'township_health_center',
      'village_clinic',
    ]);

    const human = dabiao('review', 'summary', '--data-dir', dataDir, '--as-of', AS_OF);
    expect(human.code, human.stderr).toBe(0);
    const levelNames = {
      county_hospital: '县级医院',
      township_health_center: '乡镇卫生院',
      village_clinic: '村卫生室',
    };
    for (const level of fromCli.byLevel) {
      expect(human.stdout).toContain(`${levelNames[level.level]}：达标 ${rateText(level)}，已核查 ${level.audited} 个`);
    }
    expect(human.stdout).toContain(`合计：达标 ${rateText(fromCli.total)}`);
    const province = fromCli.places[0];
    if (!province) throw new Error('the demo has a province');
    expect(human.stdout).toMatch(
      new RegExp(`^1\\s+${province.name}\\s+${rateText(province).replace(/[()]/g, '\\$&')}`, 'm'),
    );
  });

  it('sample draws the same facilities and criteria again from its seed', () => {
    const args = ['review', 'sample', '--data-dir', dataDir, '--count', '6', '--seed', '抽查-7', '--criteria', '2'];
    const first = json<Sample>(dabiao(...args, '--method', 'risk_weighted', '--json'));
    const again = json<Sample>(dabiao(...args, '--method', 'risk_weighted', '--json'));
    const picked = (s: Sample) => s.facilities.map((f) => [f.code, f.criteria.map((c) => c.criterionId)]);
    expect(first.facilities).toHaveLength(6);
    expect(first.populationSize).toBe(39);
    expect(picked(again)).toEqual(picked(first));
    expect(first.facilities.every((f) => f.criteria.length === 2)).toBe(true);

    const human = dabiao(...args);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/种子 抽查-7，简单随机，从 39 个机构中抽取 6 个/);
  });

  it('export writes the workbook and the monthly report', async () => {
    const xlsx = join(dir, 'summary.xlsx');
    const wrote = dabiao(
      'review',
      'export',
      '--data-dir',
      dataDir,
      '--format',
      'xlsx',
      '--out',
      xlsx,
      '--as-of',
      AS_OF,
    );
    expect(wrote.code, wrote.stderr).toBe(0);
    expect(wrote.stdout).toContain(`已写入 ${xlsx}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '排名', '空白点', '问题跟踪', '填平补齐']);

    const pdf = join(dir, 'summary.pdf');
    const summary = json<ReviewSummary>(dabiao('review', 'summary', '--data-dir', dataDir, '--as-of', AS_OF, '--json'));
    const made = json<{ path: string; bytes: number }>(
      dabiao('review', 'export', '--data-dir', dataDir, '--format', 'pdf', '--out', pdf, '--as-of', AS_OF, '--json'),
    );
    expect(made).toMatchObject({ path: pdf, asOf: AS_OF });
    expect(pdfText(pdf)).toContain(`合计：达标 ${rateText(summary.total)}`);
  });

  it('refuses an unknown place, a bad date and a missing count, in both languages', () => {
    const unknown = dabiao('review', 'summary', '--data-dir', dataDir, '--path', '不存在省/某市');
    expectBilingualFailure(unknown, 1);
    expect(unknown.stderr).toContain('不存在省 / 某市');
    expectBilingualFailure(dabiao('review', 'summary', '--data-dir', dataDir, '--as-of', '31.12.2024'), 1);
    expectBilingualFailure(dabiao('review', 'sample', '--data-dir', dataDir), 2);
    const out = join(dir, 'never.pdf');
    expectBilingualFailure(
      dabiao('review', 'export', '--data-dir', dataDir, '--format', 'pdf', '--out', out, '--path', '不存在省'),
      1,
    );
    expect(existsSync(out)).toBe(false);
  });
});
