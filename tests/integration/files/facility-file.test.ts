import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseFacilityFile } from '../../../electron/core/facilities/facility-file';
import { rejection } from '../../helpers/app-error';
import { encodeGb18030 } from './gbk';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

const ZH_CSV = [
  '机构编码,机构名称,机构类型,省,市,县,乡镇,村,服务人口,常住人口,床位,省级标准,静脉给药',
  'VC-001,清水村卫生室,村卫生室,云南省,昭通市,鲁甸县,龙头山镇,清水村,"1,200",1100,,yunnan,否',
  'TH-001,龙头山镇卫生院,乡镇卫生院,云南省,昭通市,鲁甸县,龙头山镇,,25000,,30,,是',
  'CH-001,鲁甸县人民医院,县级医院,云南省,昭通市,鲁甸县,,,,,300,,1',
].join('\r\n');

describe('facility file: CSV', () => {
  it('reads UTF-8 with BOM and Chinese headers into validated facilities', async () => {
    const result = await parseFacilityFile('list.csv', withBom(ZH_CSV));
    expect(result.errors).toEqual([]);
    expect(result.total).toBe(3);
    const [village, township, county] = result.rows;
    expect(village).toMatchObject({
      row: 2,
      facility: {
        code: 'VC-001',
        level: 'village_clinic',
        adminPath: {
          province: '云南省',
          prefecture: '昭通市',
          county: '鲁甸县',
          township: '龙头山镇',
          village: '清水村',
        },
        servicePopulation: 1200,
        residentPopulation: 1100,
        variant: 'yunnan',
        flags: { ivServiceApproved: false },
      },
    });
    expect(village?.facility.beds).toBeUndefined();
    expect(township?.facility).toMatchObject({
      level: 'township_health_center',
      beds: 30,
      flags: { ivServiceApproved: true },
    });
    expect(county?.facility).toMatchObject({ level: 'county_hospital', beds: 300, flags: { ivServiceApproved: true } });
    expect(county?.facility.adminPath.township).toBeUndefined();
  });

  it('reads GBK-encoded CSV as Excel on Chinese Windows saves it', async () => {
    const bytes = encodeGb18030(ZH_CSV);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await parseFacilityFile('清单.csv', bytes);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.facility.name)).toEqual(['清水村卫生室', '龙头山镇卫生院', '鲁甸县人民医院']);
  });

  it('accepts English headers, enum levels and yes/no flags without a BOM', async () => {
    const csv = [
      'code,name,level,province,prefecture,county,township,village,service_population,iv_service_approved,poor county',
      'V1,Clinic A,village_clinic,Yunnan,Zhaotong,Ludian,Longtoushan,Qingshui,800,yes,Y',
    ].join('\n');
    const result = await parseFacilityFile('a.CSV', utf8(csv));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.facility.flags).toEqual({
      ivServiceApproved: true,
      townshipSeat: false,
      sharedClinic: false,
      poorCounty: true,
    });
  });

  it('reports each bad row with its spreadsheet row number and column, keeping the good rows', async () => {
    const csv = [
      '机构编码,机构名称,机构类型,省,市,县,乡镇,村,服务人口,静脉给药',
      'OK-1,甲村卫生室,村卫生室,云南省,昭通市,鲁甸县,甲镇,甲村,500,否',
      'BAD-1,乙村卫生室,诊所,云南省,昭通市,鲁甸县,甲镇,乙村,500,否',
      'BAD-2,丙村卫生室,村卫生室,云南省,昭通市,鲁甸县,甲镇,,五百,也许',
      '',
      'OK-1,重复,村卫生室,云南省,昭通市,鲁甸县,甲镇,丁村,1,否',
      '坏 编码,戊村卫生室,村卫生室,云南省,昭通市,鲁甸县,甲镇,戊村,1,否',
    ].join('\n');
    const result = await parseFacilityFile('x.csv', utf8(csv));
    expect(result.rows.map((r) => r.facility.code)).toEqual(['OK-1']);
    expect(result.total).toBe(5);
    const brief = result.errors.map((e) => [e.row, e.field]);
    expect(brief).toEqual([
      [3, '机构类型'],
      [4, '村'],
      [4, '服务人口'],
      [4, '静脉给药'],
      [6, '机构编码'],
      [7, '机构编码'],
    ]);
    expect(result.errors[0]?.message['zh-CN']).toContain('诊所');
    expect(result.errors[0]?.message['en-US']).toContain('village clinic');
    expect(result.errors[4]?.message['en-US']).toContain('row 2');
  });

  it('keeps quoted commas and line breaks inside one cell', async () => {
    const csv = '机构编码,机构名称,机构类型,省,市,县\r\nC1,"县医院,""新院区""\n二部",县级医院,云南省,昭通市,鲁甸县\r\n';
    const result = await parseFacilityFile('q.csv', utf8(csv));
    expect(result.rows[0]?.facility.name).toBe('县医院,"新院区"\n二部');
  });

  it('names a missing required column in both languages', async () => {
    const csv = '机构编码,机构名称,省,市,县\nC1,县医院,云南省,昭通市,鲁甸县';
    const error = await rejection(parseFacilityFile('m.csv', utf8(csv)));
    expect(error.code).toBe('bad_file');
    expect(error.localized['zh-CN']).toContain('机构类型');
    expect(error.localized['en-US']).toContain('level');
    expect(error.details).toEqual({ missingColumns: ['level'] });
  });

  it('refuses unreadable files with a clear error', async () => {
    expect((await rejection(parseFacilityFile('list.txt', utf8('a,b')))).localized['en-US']).toContain('.csv or .xlsx');
    expect((await rejection(parseFacilityFile('list.csv', utf8('')))).code).toBe('bad_file');
    expect(
      (await rejection(parseFacilityFile('list.csv', utf8('机构编码,机构名称\n"C1,未闭合')))).localized['zh-CN'],
    ).toContain('引号');
    const notXlsx = await rejection(parseFacilityFile('list.xlsx', utf8(ZH_CSV)));
    expect(notXlsx.localized['en-US']).toContain('not a valid XLSX');
    const zipGarbage = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect((await rejection(parseFacilityFile('list.xlsx', zipGarbage))).code).toBe('bad_file');
  });

  it('enforces the row limit', async () => {
    const header = '机构编码,机构名称,机构类型,省,市,县\n';
    const rows = Array.from({ length: 50_001 }, (_, i) => `C${i},县医院${i},县级医院,云南省,昭通市,鲁甸县`).join('\n');
    const error = await rejection(parseFacilityFile('big.csv', utf8(header + rows)));
    expect(error.localized['en-US']).toContain('50000');
  });
});

describe('facility file: XLSX', () => {
  async function xlsx(rows: (string | number | boolean | null)[][]): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('机构');
    for (const row of rows) sheet.addRow(row);
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it('reads the first sheet with numbers, booleans and Chinese headers with units', async () => {
    const bytes = await xlsx([
      [
        '机构编码',
        '机构名称',
        '机构类型',
        '省（自治区、直辖市）',
        '市（州）',
        '县（市、区）',
        '乡（镇）',
        '村',
        '服务人口（人）',
        '静脉给药',
      ],
      ['5306210001', '清水村卫生室', '村卫生室', '云南省', '昭通市', '鲁甸县', '龙头山镇', '清水村', 1200, true],
      [5306210002, '龙头山镇卫生院', '乡镇卫生院', '云南省', '昭通市', '鲁甸县', '龙头山镇', null, 25000, '√'],
    ]);
    const result = await parseFacilityFile('list.xlsx', bytes);
    expect(result.errors).toEqual([]);
    expect(
      result.rows.map((r) => [
        r.row,
        r.facility.code,
        r.facility.servicePopulation,
        r.facility.flags.ivServiceApproved,
      ]),
    ).toEqual([
      [2, '5306210001', 1200, true],
      [3, '5306210002', 25000, true],
    ]);
  });

  it('reports per-row errors with the row number Excel shows', async () => {
    const bytes = await xlsx([
      ['code', 'name', 'level', 'province', 'prefecture', 'county', 'beds'],
      ['C1', 'County hospital', 'county_hospital', 'Yunnan', 'Zhaotong', 'Ludian', -5],
      [null, null, null, null, null, null, null],
      ['C2', 'County hospital 2', 'county_hospital', 'Yunnan', 'Zhaotong', 'Ludian', 12.5],
    ]);
    const result = await parseFacilityFile('list.xlsx', bytes);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'beds'],
      [4, 'beds'],
    ]);
  });
});
