import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { rejection } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint, openTestCore, townshipCenter, villageClinic } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-facilities-');

describe('facilities', () => {
  it('creates, reads, lists and updates a facility', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const created = await call(handlers, 'createFacility', villageClinic());
    expect(created).toMatchObject({ code: 'VC-532823-001', name: '曼纳伞村卫生室', variant: 'yunnan' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await call(handlers, 'getFacility', { id: created.id })).toEqual(created);

    await call(handlers, 'createFacility', townshipCenter());
    expect((await call(handlers, 'listFacilities', {})).map((f) => f.code)).toEqual(['THC-532823-01', 'VC-532823-001']);
    expect((await call(handlers, 'listFacilities', { level: 'village_clinic' })).map((f) => f.code)).toEqual([
      'VC-532823-001',
    ]);

    const updated = await call(handlers, 'updateFacility', {
      id: created.id,
      facility: villageClinic({ name: '曼纳伞村卫生室（新址）', servicePopulation: 1500 }),
    });
    expect(updated).toMatchObject({
      id: created.id,
      name: '曼纳伞村卫生室（新址）',
      servicePopulation: 1500,
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(core.repos.events.listFor('facility', created.id).map((e) => e.type)).toEqual([
      'facility.created',
      'facility.updated',
    ]);
    core.close();
  });

  it('finds facilities by name, code, place, pinyin and initials; every term must match', async () => {
    const { core, handlers } = openTestCore(tempDir());
    await call(handlers, 'createFacility', villageClinic());
    await call(handlers, 'createFacility', townshipCenter());
    await call(
      handlers,
      'createFacility',
      villageClinic({
        code: 'VC-530102-007',
        name: '龙泉村卫生室',
        adminPath: {
          province: '云南省',
          prefecture: '昆明市',
          county: '五华区',
          township: '普吉街道',
          village: '龙泉村',
        },
      }),
    );
    const codes = async (query: string) => (await call(handlers, 'listFacilities', { query })).map((f) => f.code);
    expect(await codes('曼纳伞')).toEqual(['VC-532823-001']);
    expect(await codes('vc-530102')).toEqual(['VC-530102-007']);
    expect(await codes('勐腊县')).toEqual(['THC-532823-01', 'VC-532823-001']);
    expect(await codes('mengla weishengyuan')).toEqual(['THC-532823-01']);
    expect(await codes('lqc')).toEqual(['VC-530102-007']);
    expect(await codes('昆明 勐腊')).toEqual([]);
    expect(await codes('100%')).toEqual([]);
    expect((await call(handlers, 'listFacilities', { limit: 1 })).length).toBe(1);
    core.close();
  });

  it('refuses a duplicate code with conflict and writes nothing', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const first = await call(handlers, 'createFacility', villageClinic());
    const other = await call(handlers, 'createFacility', townshipCenter());
    const before = dbFingerprint(core);

    const dup = await rejection(call(handlers, 'createFacility', villageClinic({ name: '另一个卫生室' })));
    expect(dup.code).toBe('conflict');
    expect(dup.localized['zh-CN']).toContain('VC-532823-001');
    expect(dup.localized['en-US']).toContain('VC-532823-001');

    const steal = await rejection(
      call(handlers, 'updateFacility', { id: other.id, facility: townshipCenter({ code: first.code }) }),
    );
    expect(steal.code).toBe('conflict');
    expect(dbFingerprint(core)).toEqual(before);
    expect((await call(handlers, 'getFacility', { id: other.id })).code).toBe('THC-532823-01');
    core.close();
  });

  it('refuses unknown ids, unknown variants and inputs that break the schema', async () => {
    const { core, handlers } = openTestCore(tempDir());
    expect((await rejection(call(handlers, 'getFacility', { id: 'nope' }))).code).toBe('not_found');
    expect((await rejection(call(handlers, 'updateFacility', { id: 'nope', facility: villageClinic() }))).code).toBe(
      'not_found',
    );
    const variant = await rejection(call(handlers, 'createFacility', villageClinic({ variant: 'atlantis' })));
    expect(variant.code).toBe('validation');
    expect(variant.localized['en-US']).toContain('atlantis');
    const noVillage = await rejection(
      call(
        handlers,
        'createFacility',
        villageClinic({
          adminPath: { province: '云南省', prefecture: '昆明市', county: '五华区', township: '普吉街道' },
        }),
      ),
    );
    expect(noVillage.code).toBe('validation');
    expect(JSON.stringify(noVillage.details)).toContain('adminPath.village');
    expect(core.repos.facilities.count()).toBe(0);
    core.close();
  });

  it('imports a CSV list: creates, updates by code, reports bad rows and skips unchanged ones', async () => {
    const { core, handlers } = openTestCore(tempDir());
    await call(handlers, 'createFacility', townshipCenter());
    const csv = [
      '机构编码,机构名称,机构类型,省,市,县,乡镇,村,服务人口,省级标准',
      'VC-532823-001,曼纳伞村卫生室,村卫生室,云南省,西双版纳傣族自治州,勐腊县,勐仑镇,曼纳伞村,1200,yunnan',
      'THC-532823-01,勐仑镇中心卫生院,乡镇卫生院,云南省,西双版纳傣族自治州,勐腊县,勐仑镇,,,',
      'VC-532823-002,坏行,村卫生室,云南省,西双版纳傣族自治州,勐腊县,勐仑镇,,abc,',
      'VC-532823-003,未知省级标准,村卫生室,云南省,西双版纳傣族自治州,勐腊县,勐仑镇,某村,,atlantis',
    ].join('\n');
    const report = await call(handlers, 'importFacilities', {
      fileName: 'facilities.csv',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
    });
    expect(report).toMatchObject({ created: 1, updated: 1, rejected: 2 });
    expect(report.errors.map((e) => e.row)).toEqual(expect.arrayContaining([4, 5]));
    expect(report.errors.every((e) => e.message['zh-CN'] && e.message['en-US'])).toBe(true);
    expect(core.repos.facilities.getByCode('THC-532823-01')?.name).toBe('勐仑镇中心卫生院');

    const again = await call(handlers, 'importFacilities', {
      fileName: 'facilities.csv',
      contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
    });
    expect(again).toMatchObject({ created: 0, updated: 0, rejected: 2 });
    core.close();
  });

  it('re-importing a file without some columns keeps the values already saved in them', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const csv = (rows: string[]) => ({
      fileName: 'facilities.csv',
      contentBase64: Buffer.from(rows.join('\n'), 'utf8').toString('base64'),
    });
    await call(
      handlers,
      'importFacilities',
      csv([
        '机构编码,机构名称,机构类型,省,市,县,乡镇,村,服务人口,床位,静脉给药',
        'VC-1,老名字村卫生室,村卫生室,云南省,西双版纳州,勐腊县,勐仑镇,曼纳伞村,1200,2,是',
      ]),
    );
    const report = await call(
      handlers,
      'importFacilities',
      csv([
        'code,name,level,province,prefecture,county,township,village',
        'VC-1,新名字村卫生室,村卫生室,云南省,西双版纳州,勐腊县,勐仑镇,曼纳伞村',
      ]),
    );
    expect(report).toMatchObject({ created: 0, updated: 1, rejected: 0 });
    expect(core.repos.facilities.getByCode('VC-1')).toMatchObject({
      name: '新名字村卫生室',
      servicePopulation: 1200,
      beds: 2,
      flags: { ivServiceApproved: true },
    });
    core.close();
  });
});
