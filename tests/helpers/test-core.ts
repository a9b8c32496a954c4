import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DrugCatalog, EquipmentCatalog } from '../../shared/domain/catalog';
import type { FacilityInput } from '../../shared/domain/facility';
import type { ProvincialVariant, StandardInput } from '../../shared/domain/standard';
import { openCore, type Core, type OpenCoreOptions } from '../../electron/core/core';
import { call } from '../../electron/core/dispatch';
import { createHandlers, type HandlerTable } from '../../electron/core/handlers';
import type { Contracts } from '../../shared/ipc';
import type { ContractInput } from '../../shared/ipc/contract';
import { fixtureStandardInput } from './fixture-standard';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const src = [{ document: '测试标准', provenance: 'I' as const }];

export const FIXTURE_KEY = 'fixture@1';
export const FIXTURE_YUNNAN_KEY = 'fixture@1+yunnan';
export const TOWNSHIP_KEY = 'fixture-thc@2';

const townshipStandard: StandardInput = {
  format: 'dabiao.standard/1',
  id: 'fixture-thc',
  version: '2',
  level: 'township_health_center',
  title: t('测试乡镇卫生院标准', 'Fixture township standard'),
  summary: t('测试', 'Test'),
  sources: src,
  verdict: { passScore: 85, basicScore: 70 },
  sections: [
    {
      id: 'main',
      title: t('主要', 'Main'),
      category: 'premises',
      criteria: [
        {
          id: 'T-YN',
          kind: 'yes_no',
          title: t('是否', 'Yes/no'),
          howToVerify: t('查看', 'Look'),
          weight: 1,
          sources: src,
        },
      ],
    },
  ],
};

const yunnan: ProvincialVariant = {
  format: 'dabiao.variant/1',
  id: 'yunnan',
  standardId: 'fixture',
  province: { code: '53', name: t('云南省', 'Yunnan') },
  title: t('云南省村卫生室标准', 'Yunnan village clinic standard'),
  params: { drug_min: { value: 4, sources: src } },
};

const completeness = { itemsIncluded: 4, note: t('测试目录', 'Test catalogue') };

const drugs: DrugCatalog = {
  format: 'dabiao.drug-catalog/1',
  id: 'fixture-drugs',
  version: '1',
  title: t('测试药品目录', 'Fixture drugs'),
  completeness,
  sources: ['test'],
  items: ['D1', 'D2', 'D3', 'D4'].map((code, i) => ({
    code,
    genericName: ['阿莫西林', '布洛芬', '硝苯地平', '二甲双胍'][i] ?? code,
    pinyinInitials: ['amxl', 'blf', 'xbdp', 'ejsg'][i] ?? 'x',
    category: 'test',
    group: 'chemical' as const,
  })),
};

const equipment: EquipmentCatalog = {
  format: 'dabiao.equipment-catalog/1',
  id: 'fixture-equipment',
  version: '1',
  title: t('测试设备目录', 'Fixture equipment'),
  completeness: { ...completeness, itemsIncluded: 2 },
  items: [
    { code: 'EQ-BP', name: t('血压计', 'BP monitor'), category: 'diag', levels: ['village_clinic'] },
    { code: 'EQ-STETH', name: t('听诊器', 'Stethoscope'), category: 'diag', levels: ['village_clinic'] },
  ],
};

/** A resources folder with the fixture standards, in the layout of the app's own resources/. */
export function writeFixtureResources(dir: string): string {
  const put = (path: string, value: unknown) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(value, null, 2));
  };
  put('standards/fixture-1.json', fixtureStandardInput);
  put('standards/fixture-thc-2.json', townshipStandard);
  put('standards/variants/fixture-yunnan.json', yunnan);
  put('catalogs/drugs/fixture-drugs.json', drugs);
  put('catalogs/equipment/fixture-equipment.json', equipment);
  return dir;
}

/** A clock that moves one second per reading: ordered timestamps without reading wall time. */
export function steppingClock(start = Date.UTC(2024, 4, 1, 1, 0, 0)): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

export interface TestCore {
  core: Core;
  handlers: HandlerTable;
  dataDir: string;
}

export function openTestCore(root: string, opts: Partial<OpenCoreOptions> = {}): TestCore {
  const resourcesDir = join(root, 'resources');
  writeFixtureResources(resourcesDir);
  const dataDir = join(root, 'data');
  const core = openCore({ dataDir, resourcesDir, now: steppingClock(), actor: 'tester', ...opts });
  return { core, handlers: createHandlers(core), dataDir };
}

type AuditChoice = Partial<Omit<ContractInput<Contracts['createAudit']>, 'facilityId'>>;

/** A test core holding the village clinic and one audit of it, an on-site inspection unless `audit` says otherwise. */
export async function openAuditCore(root: string, audit: AuditChoice = {}) {
  const tc = openTestCore(root);
  const facility = await call(tc.handlers, 'createFacility', villageClinic());
  const created = await call(tc.handlers, 'createAudit', {
    facilityId: facility.id,
    kind: 'on_site_inspection',
    ...audit,
  });
  return { ...tc, facility, audit: created };
}

export const villageClinic = (over: Partial<FacilityInput> = {}): FacilityInput => ({
  code: 'VC-532823-001',
  name: '曼纳伞村卫生室',
  level: 'village_clinic',
  adminPath: {
    province: '云南省',
    prefecture: '西双版纳傣族自治州',
    county: '勐腊县',
    township: '勐仑镇',
    village: '曼纳伞村',
  },
  servicePopulation: 1200,
  residentPopulation: 1100,
  variant: 'yunnan',
  flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: true },
  ...over,
});

export const townshipCenter = (over: Partial<FacilityInput> = {}): FacilityInput => ({
  code: 'THC-532823-01',
  name: '勐仑镇卫生院',
  level: 'township_health_center',
  adminPath: { province: '云南省', prefecture: '西双版纳傣族自治州', county: '勐腊县', township: '勐仑镇' },
  beds: 20,
  flags: { ivServiceApproved: true, townshipSeat: true, sharedClinic: false, poorCounty: true },
  ...over,
});

/** Every table of the schema, in the order the first migration creates them. */
export const DATA_TABLES = [
  'standard',
  'variant',
  'catalog',
  'facility',
  'audit',
  'answer',
  'staff_member',
  'equipment_item',
  'drug_stock',
  'finding',
  'evidence',
  'event_log',
];

/** Row counts of every table of the schema plus the event-log head: equal snapshots mean nothing was written. */
export function dbFingerprint(core: Core): Record<string, unknown> {
  const tables = core.db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts = Object.fromEntries(
    tables.map((table) => [table, (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
  const head = core.db.prepare('SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1').get();
  const content = core.db
    .prepare(`SELECT group_concat(audit_id || criterion_id || coalesce(value_json, ''), ';') AS s FROM answer`)
    .get();
  return { counts, head, content };
}
