import { describe, expect, it } from 'vitest';
import type { EquipmentCatalog } from '../domain/catalog';
import { StandardSchema, type Standard, type StandardInput } from '../domain/standard';
import { checkStandard } from './standard-check';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const sources = [{ document: '测试', provenance: 'I' as const }];
const base = { title: t('指标', 'Criterion'), howToVerify: t('查看', 'Look'), weight: 1, sources };

function input(): StandardInput {
  return {
    format: 'dabiao.standard/1',
    id: 'unit',
    version: '1',
    level: 'village_clinic',
    title: t('单元测试标准', 'Unit standard'),
    summary: t('测试', 'Test'),
    sources,
    drugCatalog: 'drugs',
    equipmentCatalog: 'equipment',
    params: {
      area_min: { value: 60, label: t('面积', 'Area'), sources },
      rooms: { value: ['consult', 'pharmacy'], label: t('房间', 'Rooms'), sources },
    },
    verdict: { passScore: 85, basicScore: 70 },
    sections: [
      {
        id: 'floor',
        category: 'floor',
        title: t('底线', 'Floor'),
        criteria: [
          {
            ...base,
            id: 'F-DOC',
            kind: 'roster_count',
            roster: 'staff',
            qualifications: ['village_doctor'],
            min: 1,
            blocking: true,
          },
          {
            ...base,
            id: 'F-AREA',
            kind: 'area',
            min: { param: 'area_min' },
            applicability: {
              all: [
                { fact: 'resident_population', op: 'gt', value: 800 },
                { fact: 'shared_clinic', op: 'eq', value: false },
              ],
            },
          },
        ],
      },
      {
        id: 'main',
        category: 'premises',
        title: t('主要', 'Main'),
        criteria: [
          {
            ...base,
            id: 'M-ROOMS',
            kind: 'list_coverage',
            source: 'answer',
            items: [
              { id: 'consult', label: t('诊室', 'Consulting') },
              { id: 'pharmacy', label: t('药房', 'Pharmacy') },
              { id: 'duty', label: t('值班室', 'Duty') },
            ],
            required: { param: 'rooms' },
          },
          {
            ...base,
            id: 'M-EQ',
            kind: 'list_coverage',
            source: 'equipment_roster',
            items: [{ id: 'bp', label: t('血压计', 'BP'), equipmentCode: 'EQ-BP' }],
          },
          { ...base, id: 'M-DRUG', kind: 'drug_coverage', min: 10 },
          { ...base, id: 'M-NUM', kind: 'number', unit: t('张', 'beds'), min: 1, max: 5 },
        ],
      },
    ],
  };
}

/** A parsed copy to break one field of; each test starts from a clean standard. */
function standard(): Standard {
  return StandardSchema.parse(input());
}

const equipment: EquipmentCatalog = {
  format: 'dabiao.equipment-catalog/1',
  id: 'equipment',
  version: '1',
  title: t('设备', 'Equipment'),
  completeness: { itemsIncluded: 2, note: t('样本', 'Sample') },
  items: [
    { code: 'EQ-BP', name: t('血压计', 'BP'), category: 'diag', levels: ['village_clinic'] },
    { code: 'EQ-CT', name: t('CT', 'CT'), category: 'imaging', levels: ['county_hospital'] },
  ],
};

type AnyCriterion = Record<string, unknown>;
function criterion(s: Standard, section: number, index: number): AnyCriterion {
  const found = s.sections[section]?.criteria[index];
  if (!found) throw new Error('fixture changed');
  return found as unknown as AnyCriterion;
}
const paths = (s: Standard, catalogs = {}) => checkStandard(s, catalogs).map((i) => i.path);

describe('checkStandard', () => {
  it('accepts a consistent standard', () => {
    expect(checkStandard(standard(), { equipment })).toEqual([]);
  });

  it('names a duplicate section id and where it first appeared', () => {
    const s = standard();
    s.sections[1]!.id = 'floor';
    const [issue] = checkStandard(s);
    expect(issue?.path).toBe('sections[1].id');
    expect(issue?.message).toContain('sections[0].id');
  });

  it('finds duplicate criterion ids across sections', () => {
    const s = standard();
    criterion(s, 1, 2).id = 'F-DOC';
    expect(paths(s)).toEqual(['sections[1].criteria[2].id']);
  });

  it('finds a dangling parameter reference at the exact path', () => {
    const s = standard();
    criterion(s, 0, 1).min = { param: 'area_minimum' };
    const issues = checkStandard(s);
    expect(issues.map((i) => i.path)).toEqual(['sections[0].criteria[1].min.param']);
    expect(issues[0]?.localized['zh-CN']).toContain('area_minimum');
    expect(issues[0]?.localized['en-US']).toContain('area_minimum');
  });

  it('refuses a list parameter used as a number and a number used as a list', () => {
    const s = standard();
    criterion(s, 0, 1).min = { param: 'rooms' };
    criterion(s, 1, 0).required = { param: 'area_min' };
    expect(paths(s)).toEqual(['sections[0].criteria[1].min.param', 'sections[1].criteria[0].required.param']);
  });

  it('reports required ids missing from items, inline and through a parameter', () => {
    const s = standard();
    criterion(s, 1, 0).required = ['consult', 'toilet'];
    expect(paths(s)).toEqual(['sections[1].criteria[0].required[1]']);
    const p = standard();
    p.params.rooms!.value = ['consult', 'lab'];
    const [issue] = checkStandard(p);
    expect(issue?.path).toBe('params.rooms.value[1]');
    expect(issue?.message).toContain('M-ROOMS');
  });

  it('refuses a list minimum above the number of required items', () => {
    const s = standard();
    criterion(s, 1, 0).min = 3;
    expect(paths(s)).toEqual(['sections[1].criteria[0].min']);
    criterion(s, 1, 0).min = 2;
    expect(paths(s)).toEqual([]);
  });

  it('checks equipment codes against the catalogue and its levels', () => {
    const s = standard();
    const items = criterion(s, 1, 1).items as { id: string; equipmentCode?: string }[];
    items.push({ id: 'ct', equipmentCode: 'EQ-CT' }, { id: 'xx', equipmentCode: 'EQ-NONE' }, { id: 'bare' });
    expect(paths(s, { equipment })).toEqual([
      'sections[1].criteria[1].items[1].equipmentCode',
      'sections[1].criteria[1].items[2].equipmentCode',
      'sections[1].criteria[1].items[3].equipmentCode',
    ]);
    // Without a catalogue only the missing code can be judged.
    expect(paths(s)).toEqual(['sections[1].criteria[1].items[3].equipmentCode']);
  });

  it('requires drugCatalog for drug coverage and the named catalogue', () => {
    const s = standard();
    delete s.drugCatalog;
    expect(paths(s)).toEqual(['drugCatalog']);
    const other = { ...equipment, id: 'other' };
    expect(paths(standard(), { equipment: other })).toEqual(['equipmentCatalog']);
  });

  it('refuses basicScore above passScore and min above max', () => {
    const s = standard();
    s.verdict = { passScore: 60, basicScore: 70 };
    criterion(s, 1, 3).min = 6;
    expect(paths(s)).toEqual(['sections[1].criteria[3].max', 'verdict.basicScore']);
  });

  it('checks that facts are compared with values of their type', () => {
    const s = standard();
    criterion(s, 0, 1).applicability = {
      all: [
        { fact: 'resident_population', op: 'gt', value: true },
        { not: { fact: 'iv_service_approved', op: 'gt', value: true } },
        { any: [{ fact: 'poor_county', op: 'eq', value: 1 }] },
      ],
    };
    expect(paths(s)).toEqual([
      'sections[0].criteria[1].applicability.all[0].value',
      'sections[0].criteria[1].applicability.all[1].not.op',
      'sections[0].criteria[1].applicability.all[2].any[0].value',
    ]);
  });

  it('finds duplicate item ids within one list', () => {
    const s = standard();
    (criterion(s, 1, 0).items as { id: string }[])[2]!.id = 'consult';
    expect(paths(s)).toEqual(['sections[1].criteria[0].items[2].id']);
  });
});
