import { DrugCatalogSchema, type DrugCatalog } from '../../../shared/domain/catalog';
import { StandardSchema, type Standard, type StandardInput } from '../../../shared/domain/standard';

const src = [{ document: '测试文件', provenance: 'I' as const }];
const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const base = (id: string, zh: string, en: string) => ({
  id,
  title: t(zh, en),
  howToVerify: t(`核查${zh}`, `Check ${en}`),
  weight: 1,
  sources: src,
});

/** One criterion of every kind, so the form is tested on each answer shape. */
export const fixtureStandardInput: StandardInput = {
  format: 'dabiao.standard/1',
  id: 'test-vc',
  version: '2024.1',
  level: 'village_clinic',
  title: t('测试村卫生室标准', 'Test village clinic standard'),
  summary: t('测试', 'Test'),
  sources: src,
  verdict: { passScore: 80, basicScore: 60 },
  sections: [
    {
      id: 'floor',
      title: t('底线', 'Floor'),
      category: 'floor',
      criteria: [
        {
          ...base('F-01', '有乡村医生', 'Has a village doctor'),
          kind: 'roster_count',
          roster: 'staff',
          qualifications: ['village_doctor', 'licensed_physician'],
          min: 1,
          blocking: true,
        },
        { ...base('F-02', '有固定场所', 'Has premises'), kind: 'yes_no', blocking: true },
      ],
    },
    {
      id: 'premises',
      title: t('房屋', 'Premises'),
      category: 'premises',
      criteria: [
        { ...base('P-01', '业务用房面积', 'Floor area'), kind: 'area', min: 60 },
        { ...base('P-02', '诊室数量', 'Consulting rooms'), kind: 'number', unit: t('间', 'rooms'), min: 1 },
        {
          ...base('P-03', '功能分区', 'Rooms'),
          kind: 'list_coverage',
          source: 'answer',
          items: [
            { id: 'consult', label: t('诊室', 'Consulting room') },
            { id: 'treat', label: t('治疗室', 'Treatment room') },
            { id: 'pharmacy', label: t('药房', 'Pharmacy') },
          ],
        },
      ],
    },
    {
      id: 'equipment',
      title: t('设备', 'Equipment'),
      category: 'equipment',
      criteria: [
        {
          ...base('E-01', '基本设备', 'Basic equipment'),
          kind: 'list_coverage',
          source: 'equipment_roster',
          items: [
            { id: 'bp', label: t('血压计', 'Sphygmomanometer'), equipmentCode: 'EQ-BP' },
            { id: 'steth', label: t('听诊器', 'Stethoscope'), equipmentCode: 'EQ-STETH' },
          ],
        },
        { ...base('D-01', '药品品种', 'Drug varieties'), kind: 'drug_coverage', min: { param: 'drug_min' } },
      ],
    },
    {
      id: 'management',
      title: t('管理', 'Management'),
      category: 'management',
      criteria: [
        { ...base('M-01', '管理制度', 'Rules'), kind: 'text' },
        { ...base('M-02', '服务质量', 'Quality'), kind: 'grade', minGrade: 'B' },
        {
          ...base('M-03', '静脉输液', 'IV service'),
          kind: 'yes_no',
          applicability: { fact: 'iv_service_approved', op: 'eq', value: true },
        },
      ],
    },
  ],
  params: { drug_min: { value: 3, label: t('药品最低品种', 'Drug minimum'), sources: src } },
};

export function fixtureStandard(): Standard {
  return StandardSchema.parse(fixtureStandardInput);
}

export function fixtureDrugCatalog(): DrugCatalog {
  return DrugCatalogSchema.parse({
    format: 'dabiao.drug-catalog/1',
    id: 'test-drugs',
    version: '1',
    title: t('测试药品目录', 'Test drugs'),
    completeness: { itemsIncluded: 3, note: t('测试', 'Test') },
    sources: ['test'],
    items: [
      { code: 'D1', genericName: '阿莫西林', pinyinInitials: 'amxl', category: '抗微生物药', group: 'chemical' },
      { code: 'D2', genericName: '布洛芬', pinyinInitials: 'blf', category: '解热镇痛药', group: 'chemical' },
      { code: 'D3', genericName: '复方丹参滴丸', pinyinInitials: 'ffdsdw', category: '理血剂', group: 'tcm_patent' },
    ],
  });
}
