import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { dialogAnswering } from '../../helpers/save-dialog';
import { useTempDirs } from '../../helpers/temp-dir';
import { pdfText, qpdfCheck } from '../reports/pdf-tools';
import { AS_OF, openReviewFixture } from './review-fixture';

const tempDir = useTempDirs('dabiao-review-export-');

/** One entry of a zip file (an .xlsx), as text. */
function zipEntry(file: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr) return reject(streamErr);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in ${file}`)));
      zip.readEntry();
    });
  });
}

/** Cell values as Excel shows them after computing: formulas give their result. */
function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    out.push(
      values.map((v) => (v !== null && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v)),
    );
  });
  return out;
}

describe('review:export-summary', () => {
  it('writes the workbook where main was told: five sheets of real numbers, rates as percent formulas', async () => {
    const root = tempDir();
    const { core } = await openReviewFixture(root);
    const target = join(root, '汇总.xlsx');
    const { dialog, asked } = dialogAnswering(target);
    const handlers = createHandlers(core, dialog);
    const saved = await call(handlers, 'exportSummary', { scope: { path: ['云南省'], asOf: AS_OF }, format: 'xlsx' });
    expect(saved).toEqual({ path: target, bytes: expect.any(Number) });
    expect(asked).toEqual([
      {
        name: '云南省-达标汇总-2024-06-30.xlsx',
        filters: [{ name: 'Excel 工作簿 / Excel workbook', extensions: ['xlsx'] }],
      },
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总', '排名', '空白点', '问题跟踪', '填平补齐']);

    const totals = workbook.getWorksheet('汇总');
    if (!totals) throw new Error('no totals sheet');
    expect(totals.getCell('A1').value).toBe('云南省医疗卫生机构达标情况月报');
    expect(totals.getCell('A2').value).toBe('2024-06-01 至 2024-06-30（月报）');
    // 云南省: 18 facilities (1 county hospital, 5 township centers, 12 village clinics), 10 compliant.
    expect(rows(totals).slice(2, 7)).toEqual([
      ['机构类型', '机构数', '已核查', '达标（含基本达标）', '达标', '基本达标', '不达标', '达标率', '核查覆盖率'],
      // exceljs writes no cached value for a formula whose result is 0: the file asks for a full recalculation.
      ['县级医院', 1, 0, 0, 0, 0, 0, { formula: 'IF(B4=0,0,D4/B4)' }, { formula: 'IF(B4=0,0,C4/B4)' }],
      ['乡镇卫生院', 5, 4, 3, 3, 0, 1, 0.6, 0.8],
      ['村卫生室', 12, 10, 7, 4, 3, 3, 7 / 12, 10 / 12],
      ['合计', 18, 14, 10, 7, 3, 4, 10 / 18, 14 / 18],
    ]);
    expect(totals.getCell('H6').value).toEqual({ formula: 'IF(B6=0,0,D6/B6)', result: 7 / 12 });
    expect(totals.getCell('H6').numFmt).toBe('0.0%');
    expect(totals.getCell('B7').value).toEqual({ formula: 'SUM(B4:B6)', result: 18 });
    expect(await zipEntry(target, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');

    const ranking = workbook.getWorksheet('排名');
    if (!ranking) throw new Error('no ranking sheet');
    expect(rows(ranking).slice(3)).toEqual([
      [1, '甲州', 12, 10, 7, 7 / 12, 79, 1, 3],
      [2, '乙州', 6, 4, 3, 0.5, 90, 1, 2],
    ]);
    const blank = rows(workbook.getWorksheet('空白点') as ExcelJS.Worksheet).slice(3);
    expect(blank.map((r) => r[0])).toEqual(['无合格医生', '无合格医生', '无乡镇卫生院']);
    const findings = rows(workbook.getWorksheet('问题跟踪') as ExcelJS.Worksheet);
    expect(findings.slice(3, 6)).toEqual([
      ['未销号', 5],
      ['逾期未整改', 4],
      ['已销号', 1],
    ]);
    const gaps = rows(workbook.getWorksheet('填平补齐') as ExcelJS.Worksheet);
    expect(gaps[3]).toEqual(['执业助理医师、执业医师、乡村医生', 2]);
    core.close();
  });

  it('writes the monthly report as a PDF with the field totals in Chinese; a cancelled dialog writes nothing', async () => {
    const root = tempDir();
    const { core } = await openReviewFixture(root);
    const target = join(root, 'report.pdf');
    const handlers = createHandlers(core, dialogAnswering(target).dialog);
    const saved = await call(handlers, 'exportSummary', {
      scope: { path: [], asOf: AS_OF },
      format: 'pdf',
      period: 'week',
    });
    expect(saved).toMatchObject({ path: target });
    expect(qpdfCheck(target).status).toBe(0);
    const text = pdfText(target);
    expect(text).toContain('全部地区医疗卫生机构达标情况周报');
    expect(text).toContain('2024-06-24 至 2024-06-30（周报）');
    expect(text).toContain('乡镇卫生院：达标 3 / 5 (60.0%)，已核查 4 个');
    expect(text).toContain('村卫生室：达标 8 / 13 (61.5%)，已核查 11 个');
    expect(text).toContain('合计：达标 11 / 19 (57.9%)，已核查 15 个');
    expect(text).toContain('城关三村卫生室');
    expect(text).toContain('未销号问题 5 项（逾期 4 项），已销号 1 项');

    const cancelled = await call(createHandlers(core, dialogAnswering(null).dialog), 'exportSummary', {
      scope: { path: [] },
      format: 'pdf',
    });
    expect(cancelled).toEqual({ cancelled: true });
    expect(readdirSync(root).filter((f) => f.endsWith('.pdf'))).toEqual(['report.pdf']);
    expect(existsSync(target)).toBe(true);
    core.close();
  });

  it('prints both languages when asked', async () => {
    const root = tempDir();
    const { core } = await openReviewFixture(root);
    const target = join(root, 'both.pdf');
    await call(createHandlers(core, dialogAnswering(target).dialog), 'exportSummary', {
      scope: { path: ['云南省', '甲州'], asOf: AS_OF, level: 'village_clinic' },
      format: 'pdf',
      lang: 'both',
    });
    const text = pdfText(target);
    expect(text).toContain('甲州: monthly report on facility standardization');
    expect(text).toContain(
      '村卫生室：达标 5 / 8 (62.5%)，已核查 7 个 / village clinic: compliant 5 / 8 (62.5%), 7 audited',
    );
    core.close();
  });
});
