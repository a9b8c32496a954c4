import { describe, expect, it } from 'vitest';
import { StandardSchema, type Standard } from '../../../../shared/domain/standard';
import { renderMessage } from '../../../../shared/i18n/format';
import { NO_CRITERIA_FILTER, filterSections, overriddenParams, ruleMessages, thresholdMessage } from './standard-view';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const src = [{ document: '测试', provenance: 'I' as const }];
const base = { howToVerify: t('查看执业证书', 'Check the licence'), sources: src, weight: 1 };

const standard: Standard = StandardSchema.parse({
  format: 'dabiao.standard/1',
  id: 'vc',
  version: '1',
  level: 'village_clinic',
  title: t('村卫生室', 'Village clinic'),
  summary: t('测试', 'Test'),
  sources: src,
  params: {
    drug_min: { value: 50, label: t('药品种类', 'Drug varieties'), sources: src },
    rooms: { value: ['consult', 'pharmacy'], label: t('房间', 'Rooms'), sources: src },
  },
  verdict: { passScore: 85, basicScore: 70 },
  sections: [
    {
      id: 'staff',
      title: t('人员', 'Staff'),
      category: 'staff',
      criteria: [
        {
          ...base,
          id: 'S-DOC',
          kind: 'roster_count',
          roster: 'staff',
          title: t('乡村医生', 'Village doctor'),
          qualifications: ['village_doctor', 'licensed_physician'],
          min: { ratioOf: 'service_population', per: 1000, count: 1 },
          blocking: true,
        },
      ],
    },
    {
      id: 'main',
      title: t('主要', 'Main'),
      category: 'premises',
      criteria: [
        { ...base, id: 'M-YN', kind: 'yes_no', title: t('有制度', 'Has rules') },
        { ...base, id: 'M-DRUG', kind: 'drug_coverage', title: t('药品', 'Drugs'), min: { param: 'drug_min' } },
        {
          ...base,
          id: 'M-ROOMS',
          kind: 'list_coverage',
          source: 'answer',
          title: t('房间', 'Rooms'),
          items: [
            { id: 'consult', label: t('诊室', 'Consulting room') },
            { id: 'pharmacy', label: t('药房', 'Pharmacy') },
            { id: 'store', label: t('库房', 'Store') },
          ],
          required: { param: 'rooms' },
        },
        {
          ...base,
          id: 'M-NUM',
          kind: 'number',
          title: t('体温计', 'Thermometers'),
          unit: t('支', 'pcs'),
          min: 2,
          max: 10,
        },
      ],
    },
  ],
});

const ids = (sections: ReturnType<typeof filterSections>) => sections.map((s) => [s.id, s.criteria.map((c) => c.id)]);

describe('standard view', () => {
  it('filters criteria by text in the shown language, blocking mark and kind, dropping empty sections', () => {
    expect(ids(filterSections(standard.sections, NO_CRITERIA_FILTER, 'zh-CN'))).toHaveLength(2);
    expect(ids(filterSections(standard.sections, { ...NO_CRITERIA_FILTER, blockingOnly: true }, 'zh-CN'))).toEqual([
      ['staff', ['S-DOC']],
    ]);
    expect(ids(filterSections(standard.sections, { ...NO_CRITERIA_FILTER, query: '药' }, 'zh-CN'))).toEqual([
      ['main', ['M-DRUG']],
    ]);
    expect(ids(filterSections(standard.sections, { ...NO_CRITERIA_FILTER, query: 'LICENCE m-yn' }, 'en-US'))).toEqual([
      ['main', ['M-YN']],
    ]);
    expect(ids(filterSections(standard.sections, { ...NO_CRITERIA_FILTER, kind: 'number' }, 'en-US'))).toEqual([
      ['main', ['M-NUM']],
    ]);
  });

  it('puts thresholds in words: literal, provincial parameter with its value, ratio of a fact', () => {
    expect(renderMessage('en-US', thresholdMessage(3, standard))).toBe('3');
    expect(renderMessage('en-US', thresholdMessage({ param: 'drug_min' }, standard))).toBe(
      '50 (provincial parameter: Drug varieties)',
    );
    expect(
      renderMessage('zh-CN', thresholdMessage({ ratioOf: 'service_population', per: 1000, count: 1 }, standard)),
    ).toBe('每 1000 服务人口 1');
  });

  it('describes what each kind of criterion asks for', () => {
    const rule = (id: string) => {
      const criterion = standard.sections.flatMap((s) => s.criteria).find((c) => c.id === id);
      return criterion ? ruleMessages(criterion, standard).map((m) => renderMessage('en-US', m)) : [];
    };
    expect(rule('S-DOC')).toEqual([
      'At least 1 per 1000 service population village doctor or licensed physician on the staff roster',
      'Only staff whose certificates were verified count.',
    ]);
    expect(rule('M-DRUG')[0]).toContain('50 (provincial parameter: Drug varieties)');
    expect(rule('M-ROOMS')).toEqual(['At least 2 of the 2 required items (ticked one by one)']);
    expect(rule('M-NUM')).toEqual(['At least 2 pcs', 'At most 10 pcs']);
  });

  it('marks the parameters a provincial variant changed', () => {
    const yunnan = {
      ...standard,
      params: { ...standard.params, drug_min: { ...standard.params.drug_min!, value: 80 } },
    };
    expect([...overriddenParams(yunnan, standard)]).toEqual(['drug_min']);
    expect(overriddenParams(standard, null).size).toBe(0);
  });
});
