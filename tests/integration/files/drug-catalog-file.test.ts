import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDrugCatalogFile, pinyinInitials } from '../../../electron/core/standards/drug-catalog-file';
import { rejection } from '../../helpers/app-error';
import { encodeGb18030 } from './gbk';

const utf8 = (text: string) => new TextEncoder().encode(text);
const options = { id: 'nedl-2018', version: '2018' };

describe('drug catalogue file', () => {
  it('computes pinyin initials the clinic searches by', () => {
    expect(pinyinInitials('阿莫西林')).toBe('amxl');
    expect(pinyinInitials('维生素B1')).toBe('wssb1');
    expect(pinyinInitials('0.9%氯化钠注射液')).toBe('09lhnzsy');
  });

  it('reads a GBK CSV official list into a valid catalogue', async () => {
    const csv = [
      '编号,通用名,类别,剂型,组别',
      '1,青霉素,抗微生物药,注射用无菌粉末,化学药品',
      '2,阿莫西林,抗微生物药,"片剂、胶囊",化学药品',
      'Z1,复方丹参滴丸,理血剂,滴丸剂,中成药',
    ].join('\r\n');
    const result = await parseDrugCatalogFile('目录.csv', encodeGb18030(csv), { ...options, itemsInOfficialList: 685 });
    expect(result.errors).toEqual([]);
    expect(result.catalog?.items).toEqual([
      {
        code: '1',
        genericName: '青霉素',
        pinyinInitials: 'qms',
        category: '抗微生物药',
        group: 'chemical',
        dosageForms: '注射用无菌粉末',
      },
      {
        code: '2',
        genericName: '阿莫西林',
        pinyinInitials: 'amxl',
        category: '抗微生物药',
        group: 'chemical',
        dosageForms: '片剂、胶囊',
      },
      {
        code: 'Z1',
        genericName: '复方丹参滴丸',
        pinyinInitials: 'ffdsdw',
        category: '理血剂',
        group: 'tcm_patent',
        dosageForms: '滴丸剂',
      },
    ]);
    expect(result.catalog?.completeness).toMatchObject({ itemsIncluded: 3, itemsInOfficialList: 685 });
    expect(result.catalog?.id).toBe('nedl-2018');
  });

  it('reads XLSX with English headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('list');
    sheet.addRow(['code', 'generic name', 'category', 'dosage forms', 'group']);
    sheet.addRow([101, '布洛芬', 'analgesic', 'tablet', 'chemical']);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await parseDrugCatalogFile('list.xlsx', bytes, options);
    expect(result.catalog?.items[0]).toMatchObject({ code: '101', pinyinInitials: 'blf', group: 'chemical' });
  });

  it('stores nothing when any row is bad, and says which rows', async () => {
    const csv = [
      '编号,通用名,类别,组别',
      '1,青霉素,抗微生物药,化学药品',
      '1,阿莫西林,抗微生物药,化学药品',
      '2,,抗微生物药,化学药品',
      '3,某药,某类,保健品',
      '药 4,某药,某类,',
    ].join('\n');
    const result = await parseDrugCatalogFile('x.csv', utf8(csv), options);
    expect(result.catalog).toBeNull();
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, '编号'],
      [4, '通用名'],
      [5, '组别'],
      [6, '编号'],
    ]);
  });

  it('names the missing column', async () => {
    const error = await rejection(parseDrugCatalogFile('x.csv', utf8('编号,类别\n1,抗微生物药'), options));
    expect(error.localized['zh-CN']).toContain('通用名');
  });
});
