import { StandardSchema, type Standard, type StandardInput } from '../../shared/domain/standard';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const src = [{ document: '测试标准', provenance: 'I' as const }];
const base = { howToVerify: t('查看', 'Look'), sources: src };

/** A small standard that uses every criterion kind, for scoring tests independent of the built-ins. */
export const fixtureStandardInput: StandardInput = {
  format: 'dabiao.standard/1',
  id: 'fixture',
  version: '1',
  level: 'village_clinic',
  title: t('测试标准', 'Fixture standard'),
  summary: t('测试', 'Test'),
  sources: src,
  drugCatalog: 'fixture-drugs',
  params: {
    drug_min: { value: 3, label: t('药品种类', 'Drug varieties'), sources: src },
    rooms: { value: ['consult', 'treat', 'pharmacy'], label: t('房间', 'Rooms'), sources: src },
    area_min: { value: 60, label: t('面积', 'Area'), sources: src },
  },
  verdict: { passScore: 85, basicScore: 70 },
  sections: [
    {
      id: 'floor',
      title: t('底线', 'Floor'),
      category: 'floor',
      criteria: [
        {
          ...base,
          id: 'F-DOC',
          kind: 'roster_count',
          roster: 'staff',
          title: t('至少1名合格乡村医生', '≥1 qualified village doctor'),
          qualifications: ['village_doctor', 'licensed_physician', 'licensed_assistant_physician'],
          min: 1,
          weight: 0,
          blocking: true,
        },
        {
          ...base,
          id: 'F-AREA',
          kind: 'area',
          title: t('面积', 'Area'),
          min: { param: 'area_min' },
          weight: 2,
          blocking: true,
          applicability: { fact: 'resident_population', op: 'gt', value: 800 },
        },
      ],
    },
    {
      id: 'main',
      title: t('主要', 'Main'),
      category: 'premises',
      criteria: [
        { ...base, id: 'M-YN', kind: 'yes_no', title: t('是否', 'Yes/no'), weight: 2 },
        {
          ...base,
          id: 'M-NUM',
          kind: 'number',
          title: t('数值', 'Number'),
          unit: t('人', 'people'),
          min: { ratioOf: 'service_population', per: 1000, count: 1 },
          weight: 1,
        },
        {
          ...base,
          id: 'M-ROOMS',
          kind: 'list_coverage',
          source: 'answer',
          title: t('房间', 'Rooms'),
          items: [
            { id: 'consult', label: t('诊室', 'consulting room') },
            { id: 'treat', label: t('治疗室', 'treatment room') },
            { id: 'pharmacy', label: t('药房', 'pharmacy') },
            { id: 'obs', label: t('观察室', 'observation room') },
          ],
          required: { param: 'rooms' },
          weight: 2,
        },
        {
          ...base,
          id: 'M-EQ',
          kind: 'list_coverage',
          source: 'equipment_roster',
          title: t('设备', 'Equipment'),
          items: [
            { id: 'bp', label: t('血压计', 'BP monitor'), equipmentCode: 'EQ-BP' },
            { id: 'steth', label: t('听诊器', 'stethoscope'), equipmentCode: 'EQ-STETH' },
          ],
          weight: 2,
        },
        {
          ...base,
          id: 'M-DRUG',
          kind: 'drug_coverage',
          title: t('药品', 'Drugs'),
          min: { param: 'drug_min' },
          weight: 2,
        },
        { ...base, id: 'M-TEXT', kind: 'text', title: t('说明', 'Notes'), weight: 0, required: false },
        { ...base, id: 'M-GRADE', kind: 'grade', title: t('等级', 'Grade'), minGrade: 'B', weight: 1 },
      ],
    },
  ],
};

export const fixtureStandard: Standard = StandardSchema.parse(fixtureStandardInput);
export const FIXTURE_EQUIPMENT = ['EQ-BP', 'EQ-STETH'];
export const FIXTURE_DRUGS = ['D1', 'D2', 'D3', 'D4'];
