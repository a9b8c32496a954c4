import { describe, expect, it } from 'vitest';
import { ProvincialVariantSchema, StandardSchema, type ProvincialVariant, type Standard } from '../domain/standard';
import { AppError } from '../errors';
import type { FieldIssue } from '../validation';
import { resolveStandard } from './resolve-standard';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const national = [{ document: '全国', provenance: 'C-3p' as const }];
const provincial = [{ document: '省级', provenance: 'K' as const, ref: 'VC-D-03' }];

function standard(): Standard {
  return StandardSchema.parse({
    format: 'dabiao.standard/1',
    id: 'vc',
    version: '1',
    level: 'village_clinic',
    title: t('村', 'Village'),
    summary: t('测试', 'Test'),
    sources: national,
    drugCatalog: 'drugs',
    params: {
      drug_min: { value: 50, label: t('药品', 'Drugs'), sources: national },
      rooms: { value: ['a', 'b'], label: t('房间', 'Rooms'), sources: national },
    },
    verdict: { passScore: 85, basicScore: 70 },
    sections: [
      {
        id: 's',
        category: 'drugs',
        title: t('药', 'Drugs'),
        criteria: [
          {
            id: 'D',
            kind: 'drug_coverage',
            title: t('药', 'Drugs'),
            howToVerify: t('查', 'Look'),
            weight: 1,
            sources: national,
            min: { param: 'drug_min' },
          },
        ],
      },
    ],
  });
}

function variant(params: Record<string, unknown>, standardId = 'vc'): ProvincialVariant {
  return ProvincialVariantSchema.parse({
    format: 'dabiao.variant/1',
    id: 'p',
    standardId,
    province: { code: '53', name: t('云南省', 'Yunnan') },
    title: t('省级', 'Provincial'),
    params,
  });
}

function issuesOf(run: () => unknown): FieldIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    expect((error as AppError).localized['zh-CN']).toContain('p');
    return ((error as AppError).details as { issues: FieldIssue[] }).issues;
  }
  throw new Error('expected resolveStandard to throw');
}

describe('resolveStandard', () => {
  it('returns the standard unchanged without a variant', () => {
    const s = standard();
    expect(resolveStandard(s, null)).toBe(s);
  });

  it('replaces parameter values, appends citations and leaves the input alone', () => {
    const s = standard();
    const before = JSON.stringify(s);
    const resolved = resolveStandard(s, variant({ drug_min: { value: 80, sources: provincial } }));
    expect(resolved.params.drug_min?.value).toBe(80);
    expect(resolved.params.drug_min?.sources).toEqual([...national, ...provincial]);
    expect(resolved.params.drug_min?.label).toEqual(s.params.drug_min?.label);
    expect(resolved.params.rooms).toEqual(s.params.rooms);
    expect(resolved.sections).toEqual(s.sections);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('refuses a variant written for another standard', () => {
    const issues = issuesOf(() => resolveStandard(standard(), variant({}, 'thc')));
    expect(issues.map((i) => i.path)).toEqual(['standardId']);
  });

  it('refuses unknown parameters and changes of type', () => {
    const issues = issuesOf(() =>
      resolveStandard(
        standard(),
        variant({
          drug_minimum: { value: 80, sources: provincial },
          drug_min: { value: ['x'], sources: provincial },
          rooms: { value: 5, sources: provincial },
        }),
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(['params.drug_minimum', 'params.drug_min.value', 'params.rooms.value']);
  });

  it('does not treat inherited object keys as parameters', () => {
    const issues = issuesOf(() =>
      resolveStandard(standard(), variant({ constructor: { value: 1, sources: provincial } })),
    );
    expect(issues.map((i) => i.path)).toEqual(['params.constructor']);
  });
});
