import { createHash } from 'node:crypto';
import { openCore, type Core } from '../../../electron/core/core';
import { createDemo } from '../../../electron/core/demo/create-demo';
import { call } from '../../../electron/core/dispatch';
import type { HandlerTable } from '../../../electron/core/handlers';
import type { FacilityLevel } from '../../../shared/domain/common';
import { buildAuditDocument, type AuditDocument } from '../../../shared/logic/audit-document';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import { steppingClock } from '../../helpers/test-core';

/** A data folder with the demo province: audits of every level, finished and in progress. */
export async function openDemoCore(dataDir: string): Promise<Core> {
  const core = openCore({ dataDir, now: steppingClock(), actor: 'tester' });
  await createDemo(core, { seed: 7 });
  return core;
}

/** A finished demo audit of `level` whose verdict is `verdict` (or any finished one). */
export function finishedAudit(core: Core, level: FacilityLevel, verdict?: 'pass' | 'basic' | 'fail') {
  const found = core.audits
    .list({ level, status: 'completed' })
    .find((a) => verdict === undefined || a.verdict === verdict);
  if (!found) throw new Error(`no finished ${level} audit with verdict ${verdict ?? 'any'} in the demo`);
  return found;
}

/**
 * The audit document assembled from what the contracts return, then hashed here: the report's
 * printed digest must equal sha256(canonicalJson(buildAuditDocument(...))) of the stored audit.
 */
export async function documentFromContracts(
  core: Core,
  handlers: HandlerTable,
  auditId: string,
): Promise<{ document: AuditDocument; sha256: string }> {
  const detail = await call(handlers, 'getAudit', { id: auditId });
  const facility = await call(handlers, 'getFacility', { id: detail.audit.facilityId });
  const evidence = await call(handlers, 'listEvidence', { auditId });
  const score = await call(handlers, 'getScore', { id: auditId });
  const { standard } = await call(handlers, 'getStandard', { key: detail.audit.standardKey });
  const record = core.repos.standards.get(detail.audit.standardKey);
  if (!record) throw new Error('standard record missing');
  const catalog = standard.drugCatalog ? core.repos.catalogs.get('drug', standard.drugCatalog) : undefined;
  const document = buildAuditDocument({
    audit: detail.audit,
    facility,
    standard: {
      key: record.key,
      id: record.standardId,
      version: record.version,
      variant: record.variantId,
      sha256: record.sha256,
      drugCatalog: catalog ? { id: catalog.id, version: catalog.version, sha256: catalog.sha256 } : null,
    },
    answers: detail.answers,
    rosters: detail.rosters,
    findings: detail.findings,
    evidence,
    score,
  });
  return { document, sha256: createHash('sha256').update(canonicalJson(document)).digest('hex') };
}
