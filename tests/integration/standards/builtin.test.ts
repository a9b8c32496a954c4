import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import type { Standard } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import { checkCatalog } from '../../../shared/logic/catalog-check';
import { resolveStandard } from '../../../shared/logic/resolve-standard';
import { checkStandard } from '../../../shared/logic/standard-check';
import { defaultResourcesDir, loadBuiltinResources } from '../../../electron/core/standards/builtin';
import { validateStandardFile } from '../../../electron/core/standards/validate-file';
import { useTempDirs } from '../../helpers/temp-dir';

const resourcesDir = defaultResourcesDir({});
const builtins = loadBuiltinResources(resourcesDir);
const tempDir = useTempDirs('dabiao-standards-');

function byId(id: string): Standard {
  const found = builtins.standards.find((s) => s.id === id);
  if (!found) throw new Error(`missing built-in ${id}`);
  return found;
}
function variant(id: string) {
  const found = builtins.variants.find((v) => v.id === id);
  if (!found) throw new Error(`missing variant ${id}`);
  return found;
}
function catalogsOf(s: Standard) {
  return {
    drug: builtins.drugCatalogs.find((c) => c.id === s.drugCatalog),
    equipment: builtins.equipmentCatalogs.find((c) => c.id === s.equipmentCatalog),
  };
}
function criteria(s: Standard) {
  return s.sections.flatMap((section) => section.criteria);
}
/** Every {zh-CN, en-US} pair anywhere in a value, with its path. */
function localizedTexts(value: unknown, path = ''): [string, unknown, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if ('zh-CN' in record || 'en-US' in record) return [[path, record['zh-CN'], record['en-US']]];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
}
function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(resourcesDir, file), 'utf8')) as Record<string, unknown>;
}
function writeTemp(name: string, value: unknown): string {
  const path = join(tempDir(), name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

describe('built-in standards', () => {
  it('loads three levels, two variants and both catalogues', () => {
    expect(builtins.standards.map((s) => `${s.id}:${s.level}`).sort()).toEqual([
      'ch-national:county_hospital',
      'thc-national:township_health_center',
      'vc-national:village_clinic',
    ]);
    expect(builtins.variants.map((v) => `${v.id}:${v.province.code}`).sort()).toEqual([
      'vc-tianjin-binhai:12',
      'vc-yunnan:53',
    ]);
    expect(builtins.drugCatalogs.map((c) => c.id)).toEqual(['neml-2018-sample']);
    expect(builtins.equipmentCatalogs.map((c) => c.id)).toEqual(['equipment-basic']);
  });

  it.each(['vc-national', 'thc-national', 'ch-national'])('%s passes checkStandard with its catalogues', (id) => {
    const s = byId(id);
    const catalogs = catalogsOf(s);
    if (s.equipmentCatalog) expect(catalogs.equipment).toBeDefined();
    if (s.drugCatalog) expect(catalogs.drug).toBeDefined();
    expect(checkStandard(s, catalogs)).toEqual([]);
  });

  it.each(['vc-national', 'thc-national', 'ch-national'])('%s starts with a blocking national floor', (id) => {
    const [floor, ...rest] = byId(id).sections;
    expect(floor?.category).toBe('floor');
    expect(floor?.criteria.length).toBeGreaterThanOrEqual(3);
    expect(floor?.criteria.every((c) => c.blocking)).toBe(true);
    expect(floor?.criteria.map((c) => c.id).every((cid) => cid.startsWith('BMG-'))).toBe(true);
    expect(rest.every((section) => section.category !== 'floor')).toBe(true);
  });

  it('makes the village clinic doctor floor a verified staff count', () => {
    const doctor = criteria(byId('vc-national')).find((c) => c.id === 'BMG-2c');
    expect(doctor).toMatchObject({ kind: 'roster_count', roster: 'staff', min: 1, verifiedOnly: true, blocking: true });
    if (doctor?.kind !== 'roster_count') throw new Error('not a roster count');
    expect(doctor.qualifications).toEqual(
      expect.arrayContaining(['village_doctor', 'licensed_physician', 'licensed_assistant_physician']),
    );
    expect(doctor.qualifications).not.toContain('registered_nurse');
  });

  it('puts the population lines on the floor criteria that need them', () => {
    const applicability = (sid: string, cid: string) => criteria(byId(sid)).find((c) => c.id === cid)?.applicability;
    expect(applicability('vc-national', 'BMG-3c-area')).toEqual({ fact: 'resident_population', op: 'gt', value: 800 });
    expect(applicability('vc-national', 'BMG-3c-rooms')).toEqual({ fact: 'resident_population', op: 'gt', value: 800 });
    expect(applicability('thc-national', 'BMG-3b')).toEqual({ fact: 'resident_population', op: 'gt', value: 10000 });
    expect(applicability('ch-national', 'BMG-3a')).toEqual({ fact: 'resident_population', op: 'gt', value: 100000 });
    expect(applicability('vc-national', 'VC-P-04')).toEqual({ fact: 'iv_service_approved', op: 'eq', value: true });
  });

  it('cites at least one source for every criterion and parameter, with weights in range', () => {
    for (const s of builtins.standards) {
      expect(s.sources.some((src) => src.provenance === 'I' && /85/.test(src.clause ?? ''))).toBe(true);
      for (const c of criteria(s)) {
        expect(c.sources.length, `${s.id} ${c.id}`).toBeGreaterThanOrEqual(1);
        expect(c.weight, `${s.id} ${c.id}`).toBeLessThanOrEqual(5);
        if (!c.blocking) expect(c.weight, `${s.id} ${c.id}`).toBeGreaterThanOrEqual(1);
      }
      for (const [name, param] of Object.entries(s.params))
        expect(param.sources.length, name).toBeGreaterThanOrEqual(1);
    }
  });

  it('has non-empty Chinese and English text everywhere', () => {
    const all = [...builtins.standards, ...builtins.variants, ...builtins.drugCatalogs, ...builtins.equipmentCatalogs];
    const texts = all.flatMap((r) => localizedTexts(r, r.id));
    expect(texts.length).toBeGreaterThan(300);
    for (const [path, zh, en] of texts) {
      expect(typeof zh === 'string' && zh.trim().length > 0, `${path} zh-CN`).toBe(true);
      expect(typeof en === 'string' && en.trim().length > 0, `${path} en-US`).toBe(true);
    }
  });

  it('declares the village clinic parameters with national defaults', () => {
    const { params } = byId('vc-national');
    expect(params.vc_floor_area_min_m2?.value).toBe(60);
    expect(params.vc_rooms_required?.value).toEqual([
      'consulting_room',
      'treatment_room',
      'public_health_room',
      'pharmacy',
    ]);
    expect(typeof params.vc_drug_min_varieties?.value).toBe('number');
  });
});

describe('provincial variants', () => {
  it('Yunnan raises the drug minimum to 80 through data alone', () => {
    const base = byId('vc-national');
    expect(base.params.vc_drug_min_varieties?.value).not.toBe(80);
    const resolved = resolveStandard(base, variant('vc-yunnan'));
    expect(resolved.params.vc_drug_min_varieties?.value).toBe(80);
    expect(resolved.params.vc_drug_min_varieties?.sources.at(-1)).toMatchObject({ provenance: 'K', ref: 'VC-D-03' });
    const drugCriterion = criteria(resolved).find((c) => c.kind === 'drug_coverage');
    expect(drugCriterion && 'min' in drugCriterion ? drugCriterion.min : undefined).toEqual({
      param: 'vc_drug_min_varieties',
    });
    expect(checkStandard(resolved, catalogsOf(resolved))).toEqual([]);
  });

  it('the Tianjin Binhai example changes floor area and room set and says it is a district example', () => {
    const v = variant('vc-tianjin-binhai');
    expect(v.title['zh-CN']).toContain('区级示例');
    expect(v.title['en-US']).toContain('district example');
    const resolved = resolveStandard(byId('vc-national'), v);
    expect(resolved.params.vc_floor_area_min_m2?.value).toBe(80);
    expect(resolved.params.vc_rooms_required?.value).toHaveLength(5);
    expect(checkStandard(resolved, catalogsOf(resolved))).toEqual([]);
  });

  it('refuses a variant applied to the wrong standard', () => {
    expect(() => resolveStandard(byId('thc-national'), variant('vc-yunnan'))).toThrow(AppError);
  });
});

describe('catalogues', () => {
  const drugs = builtins.drugCatalogs[0]!;
  const equipment = builtins.equipmentCatalogs[0]!;

  it('holds the 100 sample drugs and says plainly it is not the full list', () => {
    expect(drugs.items).toHaveLength(100);
    expect(drugs.items.filter((i) => i.group === 'chemical')).toHaveLength(72);
    expect(drugs.items.filter((i) => i.group === 'tcm_patent')).toHaveLength(28);
    expect(drugs.completeness).toMatchObject({ itemsIncluded: 100, itemsInOfficialList: 685 });
    expect(drugs.completeness.note['zh-CN']).toContain('685');
    expect(drugs.completeness.note['en-US']).toMatch(/import the full list/);
    expect(drugs.items[0]).toMatchObject({ code: 'NEML2018-C001', genericName: '阿莫西林', pinyinInitials: 'amxl' });
    expect(drugs.items.find((i) => i.code === 'NEML2018-T001')?.genericName).toBe('感冒清热颗粒');
    expect(checkCatalog(drugs)).toEqual([]);
  });

  it('stores the pinyin initials pinyin-pro computes', () => {
    for (const item of drugs.items) {
      const expected = pinyin(item.genericName.replace(/（[^）]*）/g, ''), {
        pattern: 'first',
        toneType: 'none',
        type: 'array',
      })
        .join('')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
      expect(item.pinyinInitials, item.genericName).toBe(expected);
    }
  });

  it('covers every equipment code the standards use, for the right levels, and nothing else', () => {
    expect(checkCatalog(equipment)).toEqual([]);
    const used = new Set<string>();
    for (const s of builtins.standards)
      for (const c of criteria(s))
        if (c.kind === 'list_coverage' && c.source === 'equipment_roster')
          for (const item of c.items) {
            used.add(item.equipmentCode ?? '');
            expect(equipment.items.find((e) => e.code === item.equipmentCode)?.levels, `${s.id} ${c.id}`).toContain(
              s.level,
            );
          }
    expect(new Set(equipment.items.map((e) => e.code))).toEqual(used);
  });
});

describe('validateStandardFile', () => {
  const files = [
    ['standards/village_clinic.json', 'standard', 'vc-national'],
    ['standards/township_health_center.json', 'standard', 'thc-national'],
    ['standards/county_hospital.json', 'standard', 'ch-national'],
    ['standards/variants/yunnan-village-clinic.json', 'variant', 'vc-yunnan'],
    ['standards/variants/tianjin-binhai-village-clinic.json', 'variant', 'vc-tianjin-binhai'],
    ['catalogs/drugs/neml-2018-sample.json', 'drug-catalog', 'neml-2018-sample'],
    ['catalogs/equipment/equipment-basic.json', 'equipment-catalog', 'equipment-basic'],
  ] as const;

  it.each(files)('finds nothing wrong with %s', (file, kind, id) => {
    expect(validateStandardFile(join(resourcesDir, file), builtins)).toEqual({ kind, id, issues: [] });
  });

  it('names the exact field of a wrong weight', () => {
    const broken = readJson('standards/village_clinic.json') as { sections: { criteria: Record<string, unknown>[] }[] };
    broken.sections[2]!.criteria[1]!.weight = 'heavy';
    const result = validateStandardFile(writeTemp('weight.json', broken), builtins);
    expect(result.kind).toBe('standard');
    expect(result.issues.map((i) => i.path)).toEqual(['sections[2].criteria[1].weight']);
  });

  it('names a dangling parameter reference and a duplicate criterion id', () => {
    const broken = readJson('standards/village_clinic.json') as { sections: { criteria: Record<string, unknown>[] }[] };
    broken.sections[4]!.criteria[1]!.min = { param: 'vc_drug_minimum' };
    broken.sections[6]!.criteria[0]!.id = 'VC-S-02';
    const paths = validateStandardFile(writeTemp('refs.json', broken), builtins).issues.map((i) => i.path);
    expect(paths).toEqual(['sections[6].criteria[0].id', 'sections[4].criteria[1].min.param']);
  });

  it('reports the line and column of invalid JSON', () => {
    const text = readFileSync(join(resourcesDir, 'standards/variants/yunnan-village-clinic.json'), 'utf8').replace(
      '"standardId"',
      'standardId',
    );
    const result = validateStandardFile(writeTemp('bad.json', text), builtins);
    expect(result).toMatchObject({ kind: 'variant', id: 'vc-yunnan' });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.message).toMatch(/line 4, column 3/);
  });

  it('refuses a variant for a standard it does not fit', () => {
    const wrong = { ...readJson('standards/variants/yunnan-village-clinic.json'), standardId: 'thc-national' };
    expect(validateStandardFile(writeTemp('wrong.json', wrong), builtins).issues.map((i) => i.path)).toEqual([
      'params.vc_drug_min_varieties',
    ]);
    const unknown = { ...wrong, standardId: 'nowhere' };
    expect(validateStandardFile(writeTemp('unknown.json', unknown), builtins).issues.map((i) => i.path)).toEqual([
      'standardId',
    ]);
    const rooms = readJson('standards/variants/tianjin-binhai-village-clinic.json') as {
      params: { vc_rooms_required: { value: string[] } };
    };
    rooms.params.vc_rooms_required.value.push('garage');
    expect(validateStandardFile(writeTemp('rooms.json', rooms), builtins).issues.map((i) => i.path)).toEqual([
      'params.vc_rooms_required.value[5]',
    ]);
  });

  it('refuses an unknown format and an unreadable file', () => {
    expect(
      validateStandardFile(writeTemp('other.json', { format: 'other/1', id: 'x' }), builtins).issues.map((i) => i.path),
    ).toEqual(['format']);
    expect(() => validateStandardFile(join(tempDir(), 'missing.json'), builtins)).toThrow(AppError);
  });
});

describe('loadBuiltinResources', () => {
  function copyResources(): string {
    const dir = join(tempDir(), 'resources');
    cpSync(resourcesDir, dir, { recursive: true });
    return dir;
  }
  function loadError(dir: string): AppError {
    try {
      loadBuiltinResources(dir);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected loadBuiltinResources to fail');
  }

  it('names the file and field of a broken built-in', () => {
    const dir = copyResources();
    const file = join(dir, 'standards/township_health_center.json');
    const broken = JSON.parse(readFileSync(file, 'utf8')) as { params: Record<string, unknown> };
    delete broken.params.thc_tcm_techniques_min;
    writeFileSync(file, JSON.stringify(broken));
    const error = loadError(dir);
    expect(error.code).toBe('validation');
    expect(error.localized['en-US']).toContain('standards/township_health_center.json');
    expect(error.localized['en-US']).toMatch(/sections\[5\]\.criteria\[4\]\.min\.param/);
    expect(error.localized['zh-CN']).toContain('thc_tcm_techniques_min');
  });

  it('refuses a variant that names an unknown parameter', () => {
    const dir = copyResources();
    const file = join(dir, 'standards/variants/yunnan-village-clinic.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('vc_drug_min_varieties', 'vc_drug_min'));
    const error = loadError(dir);
    expect(error.localized['en-US']).toContain('yunnan-village-clinic.json');
    expect(error.localized['en-US']).toContain('params.vc_drug_min');
  });

  it('refuses an unparsable catalogue with its line, and a folder without standards', () => {
    const dir = copyResources();
    writeFileSync(join(dir, 'catalogs/drugs/neml-2018-sample.json'), '{"format": ');
    expect(loadError(dir).localized['en-US']).toMatch(/neml-2018-sample\.json.*line 1/);
    expect(loadError(tempDir()).code).toBe('not_found');
  });

  it('refuses a standard whose catalogue is missing', () => {
    const dir = copyResources();
    rmSync(join(dir, 'catalogs/drugs/neml-2018-sample.json'));
    const error = loadError(dir);
    expect(error.localized['en-US']).toContain('standards/village_clinic.json');
    expect(error.localized['en-US']).toContain('drugCatalog');
  });

  it('finds the repository resources and honours DABIAO_RESOURCES_DIR', () => {
    expect(resourcesDir.replace(/\\/g, '/')).toMatch(/\/resources$/);
    const other = tempDir();
    expect(defaultResourcesDir({ DABIAO_RESOURCES_DIR: other })).toBe(other);
  });
});
