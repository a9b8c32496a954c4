import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { createHandlers, type HandlerTable } from '../../../electron/core/handlers';
import { noSaveDialog } from '../../../electron/core/reports/report-file';
import type { ContractName } from '../../../shared/ipc';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore, villageClinic } from '../../helpers/test-core';
import { jpegBytes } from '../evidence/evidence-fixtures';
import { pathLikeInputs, writingContracts } from './contract-paths';

const tempDir = useTempDirs('dabiao-paths-');

/**
 * Every input field named like a path, and what it is. SECURITY.md carries the same list; a new
 * field fails this test until it is classified here (and there) and tested below.
 */
const PLACE_NAMES = [
  'createFacility.adminPath.province',
  'createFacility.adminPath.prefecture',
  'createFacility.adminPath.county',
  'createFacility.adminPath.township',
  'createFacility.adminPath.village',
  'updateFacility.facility.adminPath.province',
  'updateFacility.facility.adminPath.prefecture',
  'updateFacility.facility.adminPath.county',
  'updateFacility.facility.adminPath.township',
  'updateFacility.facility.adminPath.village',
  'reviewSummary.path[]',
  'drawSample.path[]',
  'exportSummary.scope.path[]',
];
/** The name of bytes sent inline (base64): shown to the user, never joined into a path. */
const DISPLAY_NAMES = ['importFacilities.fileName', 'attachEvidence.fileName', 'importIdentity.fileName'];
/** Real paths: read (import) or revealed (only a file this session wrote); never written. */
const READ_ONLY_PATHS = ['showInFolder.path', 'importAudits.paths[]'];
/** Their output names the file main wrote, always where main's own dialog said. */
const WRITERS: ContractName[] = ['exportReport', 'signAudit', 'exportAudits', 'saveImportReport', 'exportSummary'];

/** Names, sizes and content hashes of everything under `dir`: equal snapshots mean nothing was written there. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return `${name}/`;
      return `${name} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    });
}

async function setup() {
  const root = tempDir();
  const tc = await openAuditCore(root);
  // Where a hostile renderer would like main to write; it holds one file of its own.
  const target = join(root, 'target');
  mkdirSync(target);
  writeFileSync(join(target, 'report.pdf'), 'not written by Dabiao');
  writeFileSync(join(target, 'bogus.dabiao'), 'PK not an audit file');
  const chosen = join(root, 'chosen');
  mkdirSync(chosen);
  const handlers: HandlerTable = createHandlers(tc.core, {
    ...noSaveDialog,
    chooseSavePath: (name) => Promise.resolve(join(chosen, name)),
    showInFolder: () => undefined,
  });
  return { ...tc, handlers, target, chosen };
}

const expectRefused = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    () => 'refused',
  );

describe('paths the renderer names', () => {
  it('are exactly the listed fields, and no contract that writes a file takes one', () => {
    const found = pathLikeInputs();
    expect([...found].sort()).toEqual([...PLACE_NAMES, ...DISPLAY_NAMES, ...READ_ONLY_PATHS].sort());
    expect([...writingContracts()].sort()).toEqual([...WRITERS].sort());
    for (const writer of writingContracts())
      expect(
        found.filter((f) => f.startsWith(`${writer}.`) && !PLACE_NAMES.includes(f)),
        writer,
      ).toEqual([]);
    console.log(
      `[renderer paths] ${found.length} path-like input fields: ${PLACE_NAMES.length} place names, ${DISPLAY_NAMES.length} display names, ${READ_ONLY_PATHS.length} read-only paths; ${WRITERS.length} contracts write files, none takes a path`,
    );
  });

  it('place names and display names are never used as a location', async () => {
    const { core, handlers, audit, target, facility } = await setup();
    const before = snapshot(target);
    const evil = join(target, 'evil');
    const place = { province: evil, prefecture: evil, county: evil, township: evil, village: evil };
    await call(handlers, 'createFacility', villageClinic({ code: 'VC-X-1', adminPath: place }));
    await call(handlers, 'updateFacility', { id: facility.id, facility: villageClinic({ adminPath: place }) });
    await call(handlers, 'reviewSummary', { path: [evil] });
    await call(handlers, 'drawSample', { path: [evil], facilityCount: 1 });
    await expectRefused(call(handlers, 'exportSummary', { scope: { path: [evil] }, format: 'xlsx' }));
    const jpeg = Buffer.from(jpegBytes(3)).toString('base64');
    await call(handlers, 'attachEvidence', {
      auditId: audit.id,
      fileName: join(target, 'evil.jpg'),
      mimeType: 'image/jpeg',
      contentBase64: jpeg,
    });
    const csv = Buffer.from('code,name\n').toString('base64');
    await expectRefused(call(handlers, 'importFacilities', { fileName: join(target, 'evil.csv'), contentBase64: csv }));
    await expectRefused(
      call(handlers, 'importIdentity', { fileName: join(target, 'evil.p12'), contentBase64: jpeg, passphrase: 'x' }),
    );
    expect(snapshot(target)).toEqual(before);
    core.close();
  });

  it('read-only paths are read or revealed, never written', async () => {
    const { core, handlers, target } = await setup();
    const before = snapshot(target);
    expect(await expectRefused(call(handlers, 'showInFolder', { path: join(target, 'report.pdf') }))).toBe('refused');
    const batch = await call(handlers, 'importAudits', { paths: [join(target, 'bogus.dabiao'), target] });
    if (!('results' in batch)) throw new Error('cancelled');
    expect(batch.results.length).toBeGreaterThan(0);
    expect(batch.results.every((r) => r.status === 'refused')).toBe(true);
    expect(snapshot(target)).toEqual(before);
    core.close();
  });

  it('a file is written only where main chose (its dialog), and only that one is revealed', async () => {
    const { core, handlers, audit, target, chosen } = await setup();
    const before = snapshot(target);
    const written = await call(handlers, 'exportReport', { auditId: audit.id, lang: 'zh-CN' });
    if (!('path' in written)) throw new Error('cancelled');
    expect(written.path.startsWith(chosen)).toBe(true);
    expect(readdirSync(chosen)).toHaveLength(1);
    expect(await call(handlers, 'showInFolder', { path: written.path })).toEqual({ shown: true });
    expect(snapshot(target)).toEqual(before);
    core.close();
  });
});
