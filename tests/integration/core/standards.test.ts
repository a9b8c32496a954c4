import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { call } from '../../../electron/core/dispatch';
import { useTempDirs } from '../../helpers/temp-dir';
import { FIXTURE_KEY, FIXTURE_YUNNAN_KEY, openTestCore, villageClinic } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-standards-');

function retitle(resourcesDir: string, zh: string): void {
  const file = join(resourcesDir, 'standards', 'fixture-1.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { title: Record<string, string> };
  json.title['zh-CN'] = zh;
  writeFileSync(file, JSON.stringify(json));
}

describe('standard registry', () => {
  it('seeds built-ins once: reopening installs nothing and logs nothing', () => {
    const root = tempDir();
    const first = openTestCore(root);
    expect(first.core.seedReport.installed).toEqual(
      expect.arrayContaining([
        FIXTURE_KEY,
        FIXTURE_YUNNAN_KEY,
        'fixture-thc@2',
        'fixture/yunnan',
        'drug:fixture-drugs@1',
      ]),
    );
    const events = first.core.repos.events.count();
    first.core.close();
    const again = openCore({ dataDir: first.dataDir, resourcesDir: join(root, 'resources') });
    expect(again.seedReport).toEqual({ installed: [], replaced: [], kept: [] });
    expect(again.repos.events.count()).toBe(events);
    expect(again.repos.standards.count()).toBe(3);
    again.close();
  });

  it('stores each standard immutably with its digest', () => {
    const { core } = openTestCore(tempDir());
    const record = core.repos.standards.get(FIXTURE_YUNNAN_KEY);
    expect(record?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(() => core.db.prepare(`UPDATE standard SET json = '{}' WHERE key = ?`).run(FIXTURE_YUNNAN_KEY)).toThrow(
      /standard_immutable/,
    );
    core.close();
  });

  it('replaces a changed built-in nobody used, but keeps the one an audit used', async () => {
    const root = tempDir();
    const resources = join(root, 'resources');
    const { core, handlers, dataDir } = openTestCore(root);
    const facility = await call(handlers, 'createFacility', villageClinic({ variant: undefined }));
    await call(handlers, 'createAudit', { facilityId: facility.id, kind: 'self_assessment' });
    core.close();

    retitle(resources, '改过的标题');
    const reopened = openCore({ dataDir, resourcesDir: resources });
    expect(reopened.seedReport.kept).toEqual([FIXTURE_KEY]);
    expect(reopened.seedReport.replaced).toEqual([FIXTURE_YUNNAN_KEY]);
    expect(reopened.standards.standard(FIXTURE_KEY).title['zh-CN']).toBe('测试标准');
    expect(reopened.standards.standard(FIXTURE_YUNNAN_KEY).title['zh-CN']).toBe('改过的标题');
    reopened.close();
  });
});
