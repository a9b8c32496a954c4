import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contracts, type ContractName } from '../../../shared/ipc';
import { call, dispatch } from '../../../electron/core/dispatch';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import type { HandlerTable } from '../../../electron/core/handlers';
import { useTempDirs } from '../../helpers/temp-dir';
import { dbFingerprint, openTestCore, villageClinic, type TestCore } from '../../helpers/test-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const names = Object.keys(contracts) as ContractName[];

/** The object a contract's input is, under its default/optional wrappers. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else break;
  }
  return current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodType>) : undefined;
}

const WRONG_VALUES: unknown[] = [12345, 'not-a-valid-value', true, { nested: 1 }, [1, 2]];

/** An input whose field `key` has a value of the wrong type (proved by the schema itself). */
function wrongTypedField(schema: z.ZodType, key: string): Record<string, unknown> {
  for (const wrong of WRONG_VALUES) {
    const input = { [key]: wrong };
    const result = schema.safeParse(input);
    if (!result.success && result.error.issues.some((i) => i.path[0] === key && i.code !== 'unrecognized_keys'))
      return input;
  }
  throw new Error(`no wrong value found for ${key}`);
}

/** One bad input per field of the contract, plus a number and a string where an object belongs. */
function invalidInputs(name: ContractName): { label: string; input: unknown; path?: string }[] {
  const schema = contracts[name].input as z.ZodType;
  const shape = objectShape(schema) ?? {};
  const cases: { label: string; input: unknown; path?: string }[] = [
    { label: 'a number instead of an object', input: 42 },
    { label: 'a string instead of an object', input: 'hello' },
  ];
  const keys = Object.keys(shape);
  if (keys.length === 0) cases.push({ label: 'an unknown field', input: { unexpected: 1 }, path: '(root)' });
  for (const key of keys)
    cases.push({ label: `wrong type for ${key}`, input: wrongTypedField(schema, key), path: key });
  return cases;
}

describe('contract conformance', () => {
  let tc: TestCore;
  let root: string;
  let handlers: HandlerTable;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dabiao-contract-'));
    tc = openTestCore(root);
    handlers = tc.handlers;
    // Data in every table an input could touch, so "nothing changed" means something.
    const facility = await call(handlers, 'createFacility', villageClinic());
    const audit = await call(handlers, 'createAudit', { facilityId: facility.id, kind: 'on_site_inspection' });
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: true });
    await call(handlers, 'saveStaff', { auditId: audit.id, name: '王医生', qualification: 'village_doctor' });
    await call(handlers, 'createFinding', { auditId: audit.id, criterionId: 'M-YN', description: '标识褪色' });
  });

  afterAll(() => {
    tc.core.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('has exactly one handler per contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...names].sort());
    for (const name of names) expect(typeof handlers[name]).toBe('function');
    expect(new Set(names.map((n) => contracts[n].channel)).size).toBe(names.length);
  });

  for (const name of names) {
    it(`${name}: refuses invalid input with a bilingual validation error and writes nothing`, async () => {
      for (const { label, input, path } of invalidInputs(name)) {
        const before = dbFingerprint(tc.core);
        const envelope = await dispatch(handlers, contracts[name].channel, input);
        expect(envelope.ok, label).toBe(false);
        if (envelope.ok) continue;
        expect(envelope.error.code, label).toBe('validation');
        expect(envelope.error.message['zh-CN'], label).toMatch(/^输入无效/);
        expect(envelope.error.message['en-US'], label).toMatch(/^Invalid input/);
        if (path) {
          const issues = (envelope.error.details as { issues: { path: string }[] }).issues;
          expect(
            issues.some((i) => i.path.startsWith(path)),
            `${label}: ${JSON.stringify(issues)}`,
          ).toBe(true);
        }
        expect(dbFingerprint(tc.core), label).toEqual(before);
      }
    });
  }
});

describe('dispatch', () => {
  const tempDir = useTempDirs('dabiao-dispatch-');

  it('answers an unknown channel with an error envelope', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const envelope = await dispatch(handlers, 'fs:read-file', { path: '/etc/passwd' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.close();
  });

  it('reports a crashing handler as internal with a reference, never the stack', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const logged: string[] = [];
    const broken: HandlerTable = {
      ...handlers,
      getInfo: () => {
        throw new Error('secret at /home/user/.config/Dabiao/dabiao.sqlite');
      },
    };
    const envelope = await dispatch(broken, contracts.getInfo.channel, {}, (message) => logged.push(message));
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('internal');
      expect(JSON.stringify(envelope.error)).not.toContain('secret');
      const ref = (envelope.error.details as { ref: string }).ref;
      expect(logged.join()).toContain(ref);
    }
    core.close();
  });

  it('catches a handler that returns the wrong shape', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const wrong = { ...handlers, getInfo: () => ({ version: 1 }) } as unknown as HandlerTable;
    const envelope = await dispatch(wrong, contracts.getInfo.channel, {}, () => undefined);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal' } });
    core.close();
  });

  it('serves every read contract with output that matches its schema', async () => {
    const { core, handlers } = openTestCore(tempDir());
    const info = await call(handlers, 'getInfo', {});
    expect(info).toMatchObject({
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataDir: core.dataDir,
      counts: { facilities: 0, audits: 0, standards: 3 },
    });
    const standards = await call(handlers, 'listStandards', {});
    expect(standards.map((s) => s.key)).toEqual(['fixture-thc@2', 'fixture@1', 'fixture@1+yunnan']);
    const { standard, summary } = await call(handlers, 'getStandard', { key: 'fixture@1+yunnan' });
    expect(summary).toMatchObject({ variant: 'yunnan', level: 'village_clinic', builtin: true, blocking: 2 });
    expect(standard.params.drug_min?.value).toBe(4);
    expect(await call(handlers, 'listVariants', { standardId: 'fixture' })).toEqual([
      expect.objectContaining({
        id: 'yunnan',
        standardId: 'fixture',
        province: expect.objectContaining({ code: '53' }),
      }),
    ]);
    expect((await call(handlers, 'getDrugCatalog', { id: 'fixture-drugs' })).items).toHaveLength(4);
    expect((await call(handlers, 'getEquipmentCatalog', { id: 'fixture-equipment' })).items).toHaveLength(2);
    core.close();
  });
});
