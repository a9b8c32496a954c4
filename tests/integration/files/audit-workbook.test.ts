import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAuditJson } from '../../../electron/core/audits/audit-fill';
import { buildAuditTemplate, readAuditWorkbook } from '../../../electron/core/audits/audit-workbook';
import { defaultResourcesDir, loadBuiltinResources } from '../../../electron/core/standards/builtin';
import { AppError } from '../../../shared/errors';
import { expectAppError, rejection } from '../../helpers/app-error';
import { fixtureDrugCatalog, fixtureStandard } from './fixture-standard';

const standard = fixtureStandard();

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Row of the criteria sheet holding a criterion id in column A. */
function rowOf(ws: ExcelJS.Worksheet, criterionId: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(1).value === criterionId) return ws.getRow(r);
  throw new Error(`no row for ${criterionId}`);
}

function findRow(ws: ExcelJS.Worksheet, column: number, value: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(column).value === value) return ws.getRow(r);
  throw new Error(`no row with ${value}`);
}

function firstBlankRow(ws: ExcelJS.Worksheet, column: number): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(column).value == null) return ws.getRow(r);
  throw new Error('no blank row');
}

describe('self-assessment form', () => {
  it('lays out criteria with kinds, blocking marks, validations and a hidden meta sheet', async () => {
    const bytes = await buildAuditTemplate(standard, 'zh-CN', {
      standardKey: 'test-vc@2024.1',
      drugCatalog: fixtureDrugCatalog(),
    });
    const wb = await open(bytes);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['指标', 'visible'],
      ['人员', 'visible'],
      ['设备', 'visible'],
      ['药品', 'visible'],
      ['dabiao-lists', 'hidden'],
      ['dabiao-meta', 'veryHidden'],
    ]);
    const criteria = sheet(wb, '指标');
    const f02 = rowOf(criteria, 'F-02');
    expect(f02.getCell(6).value).toBe('★ 否决');
    expect(f02.getCell(8).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(f02.getCell(8).protection?.locked).toBe(false);
    // exceljs leaves the default (locked) implicit; Excel locks cells unless told otherwise.
    expect(f02.getCell(3).protection?.locked ?? true).toBe(true);
    expect(rowOf(criteria, 'P-01').getCell(8).dataValidation).toMatchObject({ type: 'decimal' });
    expect(rowOf(criteria, 'M-02').getCell(8).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"A,B,C,未达到"'],
    });
    expect(String(rowOf(criteria, 'P-03').getCell(7).value)).toContain('pharmacy 药房');
    expect(rowOf(criteria, 'F-01').getCell(8).value).toBe('（自动计算）');
    const equipment = sheet(wb, '设备');
    expect(findRow(equipment, 2, 'EQ-BP').getCell(3).value).toBe('血压计');
    expect(findRow(sheet(wb, '药品'), 2, 'D1').getCell(4).value).toBe('amxl');
    const meta = sheet(wb, 'dabiao-meta');
    expect(meta.getRow(2).values).toEqual([undefined, 'standardKey', 'test-vc@2024.1']);
  });

  it('reads back what a user typed in Excel, parsed to each kind', async () => {
    const wb = await open(await buildAuditTemplate(standard, 'zh-CN', { drugCatalog: fixtureDrugCatalog() }));
    const criteria = sheet(wb, '指标');
    rowOf(criteria, 'F-02').getCell(8).value = '是';
    rowOf(criteria, 'P-01').getCell(8).value = 72.5;
    rowOf(criteria, 'P-02').getCell(8).value = '2';
    rowOf(criteria, 'P-03').getCell(8).value = 'consult，药房';
    rowOf(criteria, 'M-01').getCell(8).value = '有门诊日志和转诊制度';
    rowOf(criteria, 'M-01').getCell(9).value = '见附件';
    rowOf(criteria, 'M-02').getCell(8).value = '未达到';
    rowOf(criteria, 'M-03').getCell(10).value = '未开展静脉输液';
    const staff = sheet(wb, '人员');
    const s1 = firstBlankRow(staff, 2);
    s1.getCell(2).value = '张医生';
    s1.getCell(3).value = '乡村医生';
    s1.getCell(4).value = 'XC-001';
    s1.getCell(7).value = '是';
    const s2 = firstBlankRow(staff, 2);
    s2.getCell(2).value = '李护士';
    s2.getCell(3).value = 'registered_nurse';
    const equipment = sheet(wb, '设备');
    findRow(equipment, 2, 'EQ-BP').getCell(4).value = '√';
    findRow(equipment, 2, 'EQ-BP').getCell(5).value = '√';
    findRow(equipment, 2, 'EQ-STETH').getCell(4).value = '否';
    const drugs = sheet(wb, '药品');
    findRow(drugs, 2, 'D1').getCell(7).value = '是';
    findRow(drugs, 2, 'D1').getCell(8).value = 40;
    findRow(drugs, 2, 'D1').getCell(9).value = new Date(Date.UTC(2026, 5, 30));
    const extra = firstBlankRow(drugs, 3);
    extra.getCell(3).value = '板蓝根颗粒';
    extra.getCell(7).value = 'yes';

    const fill = await readAuditWorkbook(await save(wb), standard);
    expect(fill.errors).toEqual([]);
    expect(fill.answers).toEqual([
      { criterionId: 'F-02', value: true },
      { criterionId: 'P-01', value: 72.5 },
      { criterionId: 'P-02', value: 2 },
      { criterionId: 'P-03', value: ['consult', 'pharmacy'] },
      { criterionId: 'M-01', value: '有门诊日志和转诊制度', note: '见附件' },
      { criterionId: 'M-02', value: 'none' },
      { criterionId: 'M-03', value: null, notApplicableReason: '未开展静脉输液' },
    ]);
    expect(fill.staff).toEqual([
      { name: '张医生', qualification: 'village_doctor', licenseNo: 'XC-001', verified: true },
      { name: '李护士', qualification: 'registered_nurse', verified: false },
    ]);
    expect(fill.equipment).toEqual([
      { catalogCode: 'EQ-BP', present: true, working: true, count: 1 },
      { catalogCode: 'EQ-STETH', present: false, working: false, count: 0 },
    ]);
    expect(fill.drugs).toEqual([
      { catalogCode: 'D1', genericName: '阿莫西林', inStock: true, quantity: 40, nearestExpiry: '2026-06-30' },
      { genericName: '板蓝根颗粒', inStock: true },
    ]);
    expect(fill.meta.standardKey).toBe('test-vc@2024.1');
  });

  it('reports every bad cell with sheet, row and column, in both languages', async () => {
    const wb = await open(await buildAuditTemplate(standard, 'en-US'));
    const criteria = sheet(wb, 'Criteria');
    const f02 = rowOf(criteria, 'F-02');
    f02.getCell(8).value = 'maybe';
    rowOf(criteria, 'P-03').getCell(8).value = 'consult, garage';
    rowOf(criteria, 'P-01').getCell(8).value = 80;
    rowOf(criteria, 'P-01').getCell(10).value = 'no building';
    rowOf(criteria, 'P-02').getCell(9).value = 'note only';
    const staff = sheet(wb, 'Staff');
    const s = firstBlankRow(staff, 2);
    s.getCell(2).value = 'Dr Wang';
    s.getCell(3).value = 'shaman';
    const fill = await readAuditWorkbook(await save(wb), standard);
    expect(fill.answers).toEqual([]);
    expect(fill.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['Criteria', f02.number, 'Answer'],
      ['Criteria', rowOf(criteria, 'P-01').number, 'Not applicable because'],
      ['Criteria', rowOf(criteria, 'P-02').number, 'Note'],
      ['Criteria', rowOf(criteria, 'P-03').number, 'Answer'],
      ['Staff', s.number, 'Qualification'],
    ]);
    expect(fill.errors[0]?.message).toEqual({
      'zh-CN': '应填写“是”或“否”，实际为“maybe”',
      'en-US': 'Must be yes or no, not "maybe"',
    });
    expect(fill.errors[3]?.message['en-US']).toContain('garage');
  });

  it('pre-fills from saved answers and reads the same answers back', async () => {
    const answers = [
      { criterionId: 'F-02', value: false },
      { criterionId: 'P-03', value: ['treat'] },
      { criterionId: 'M-02', value: 'B' },
      { criterionId: 'M-03', value: null, notApplicableReason: '无静脉输液资质', note: '县卫健局核定' },
    ];
    const bytes = await buildAuditTemplate(standard, 'en-US', {
      answers,
      rosters: {
        staff: [{ id: 's1', name: 'Zhang', qualification: 'licensed_physician', verified: true }],
        equipment: [{ id: 'e1', catalogCode: 'EQ-BP', present: true, working: false, count: 2 }],
        drugs: [],
      },
    });
    const fill = await readAuditWorkbook(bytes, standard);
    expect(fill.errors).toEqual([]);
    expect(fill.answers).toEqual(answers);
    expect(fill.staff).toEqual([{ id: 's1', name: 'Zhang', qualification: 'licensed_physician', verified: true }]);
    expect(fill.equipment).toEqual([{ id: 'e1', catalogCode: 'EQ-BP', present: true, working: false, count: 2 }]);
  });

  it('tolerates a deleted hidden row-id column and names a deleted answer column', async () => {
    const wb = await open(await buildAuditTemplate(standard, 'zh-CN'));
    const staff = sheet(wb, '人员');
    staff.spliceColumns(1, 1);
    staff.getRow(2).getCell(1).value = '赵医生';
    staff.getRow(2).getCell(2).value = '执业医师';
    const fill = await readAuditWorkbook(await save(wb), standard);
    expect(fill.errors).toEqual([]);
    expect(fill.staff).toEqual([{ name: '赵医生', qualification: 'licensed_physician', verified: false }]);

    sheet(wb, '指标').spliceColumns(8, 1);
    const missing = await rejection(readAuditWorkbook(await save(wb), standard));
    expect(missing.localized['zh-CN']).toContain('答案');
    expect(missing.localized['en-US']).toContain('answer');
  });

  it('refuses files that are not a form for this standard', async () => {
    const other = { ...standard, id: 'other-standard' };
    const wrong = await rejection(readAuditWorkbook(await buildAuditTemplate(other, 'zh-CN'), standard));
    expect(wrong.localized['en-US']).toContain('other-standard');
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Sheet1').addRow(['hello']);
    const notForm = await rejection(readAuditWorkbook(await save(plain), standard));
    expect(notForm.localized['zh-CN']).toContain('不是达标导出的自评表');
    const garbage = await rejection(readAuditWorkbook(new TextEncoder().encode('{"answers": []}'), standard));
    expect(garbage.code).toBe('bad_file');
  });
});

describe('self-assessment form of each built-in standard', () => {
  const builtins = loadBuiltinResources(defaultResourcesDir());

  it.each(builtins.standards.map((s) => [s.level, s] as const))(
    '%s: a blank form reads back empty and clean',
    async (_, builtin) => {
      const drugCatalog = builtins.drugCatalogs.find((c) => c.id === builtin.drugCatalog);
      const bytes = await buildAuditTemplate(builtin, 'zh-CN', drugCatalog ? { drugCatalog } : {});
      const fill = await readAuditWorkbook(bytes, builtin);
      expect(fill).toMatchObject({ answers: [], staff: [], equipment: [], drugs: [], errors: [] });
      const wb = await open(bytes);
      const listed = sheet(wb, '设备').actualRowCount - 1;
      const fromStandard = new Set(
        builtin.sections.flatMap((s) =>
          s.criteria.flatMap((c) =>
            c.kind === 'list_coverage' && c.source === 'equipment_roster'
              ? c.items.map((i) => i.equipmentCode ?? i.id)
              : [],
          ),
        ),
      );
      expect(listed).toBe(fromStandard.size);
    },
  );
});

describe('audit fill JSON', () => {
  it('parses values like the form does', () => {
    const fill = readAuditJson(
      JSON.stringify({
        standard: 'test-vc@2024.1+yunnan',
        answers: [
          { criterionId: 'F-02', value: '√' },
          { criterionId: 'P-01', value: 65 },
          { criterionId: 'P-03', value: ['consult', 'Treatment room'] },
          { criterionId: 'M-03', value: null, notApplicableReason: 'no IV' },
        ],
        staff: [{ name: '王医生', qualification: 'village_doctor', verified: true }],
        drugs: [{ catalogCode: 'D2', genericName: '布洛芬', inStock: true }],
      }),
      standard,
    );
    expect(fill.errors).toEqual([]);
    expect(fill.answers.map((a) => a.value)).toEqual([true, 65, ['consult', 'treat'], null]);
    expect(fill.staff[0]?.qualification).toBe('village_doctor');
  });

  it('throws on malformed JSON and names the exact field of a structural error', () => {
    expect(() => readAuditJson('{"answers": [', standard)).toThrow(/Malformed JSON/);
    const error = expectAppError(
      () => readAuditJson(JSON.stringify({ staff: [{ name: 'x', qualification: 'wizard' }] }), standard),
      'validation',
    );
    expect(error.localized['en-US']).toContain('staff[0].qualification');
  });

  it('reports answers of the wrong kind or for unknown criteria per entry', () => {
    const fill = readAuditJson(
      JSON.stringify({
        answers: [
          { criterionId: 'NOPE', value: true },
          { criterionId: 'F-01', value: 3 },
          { criterionId: 'P-01', value: 'big' },
          { criterionId: 'F-02', value: null },
        ],
      }),
      standard,
    );
    expect(fill.answers).toEqual([]);
    expect(fill.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'criterionId'],
      [2, 'value'],
      [3, 'value'],
      [4, 'notApplicableReason'],
    ]);
    expect(() => readAuditJson(JSON.stringify({ standard: 'county-hospital@1' }), standard)).toThrow(AppError);
  });
});
