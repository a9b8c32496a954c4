import type { AuditKind, AuditStatus, TeamMember } from '../../../shared/domain/audit';
import type { DrugCatalog } from '../../../shared/domain/catalog';
import type { FacilityLevel } from '../../../shared/domain/common';
import type { Facility } from '../../../shared/domain/facility';
import { AppError } from '../../../shared/errors';
import { renderMessage } from '../../../shared/i18n/format';
import type { Verdict } from '../../../shared/logic/score-result';
import { applyAuditFill, inCallerTransaction, type ContractCall } from '../audits/audit-fill-apply';
import type { Core } from '../core';
import { call } from '../dispatch';
import { createHandlers } from '../handlers';
import { planAudit, type DemoProfile } from './audit-plan';
import { personName } from './demo-people';
import { DEMO_CODE_PREFIX, demoFacilities } from './demo-places';
import { seededRandom, type Random } from './random';

export interface DemoAudit {
  id: string;
  facility: string;
  level: FacilityLevel;
  kind: AuditKind;
  status: AuditStatus;
  verdict: Verdict;
}

export interface DemoReport {
  facilities: number;
  audits: DemoAudit[];
}

interface AuditSpec {
  code: string;
  profile: DemoProfile;
  kind: AuditKind;
  announced?: boolean;
}

/** Which facilities get an audit and what it shows: every level has finished audits with mixed verdicts and work in progress. */
const AUDITS: AuditSpec[] = [
  { code: 'C1-T1-V1', profile: 'pass', kind: 'self_assessment' },
  { code: 'C1-T1-V2', profile: 'no_doctor', kind: 'on_site_inspection' },
  { code: 'C1-T2-V1', profile: 'basic', kind: 'on_site_inspection' },
  { code: 'C2-T1-V1', profile: 'fail', kind: 'spot_check', announced: false },
  { code: 'C2-T2-V2', profile: 'partial', kind: 'self_assessment' },
  { code: 'C3-T1-V3', profile: 'pass', kind: 'on_site_inspection' },
  { code: 'C1-T1', profile: 'pass', kind: 'on_site_inspection' },
  { code: 'C2-T1', profile: 'basic', kind: 'self_assessment' },
  { code: 'C3-T2', profile: 'partial', kind: 'on_site_inspection' },
  { code: 'C1', profile: 'pass', kind: 'on_site_inspection' },
  { code: 'C2', profile: 'basic', kind: 'self_assessment' },
  { code: 'C3', profile: 'partial', kind: 'on_site_inspection' },
];

function teamFor(kind: AuditKind, facility: Facility, rng: Random): TeamMember[] {
  if (kind === 'self_assessment')
    return [{ name: personName(rng), role: 'self_assessor', organisation: facility.name }];
  const authority = `${facility.adminPath.county}卫生健康局`;
  return [
    { name: personName(rng), role: 'leader', organisation: authority },
    { name: personName(rng), role: 'inspector', organisation: authority },
    { name: personName(rng), role: 'facility_representative', organisation: facility.name },
  ];
}

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function drugCatalogFor(run: ContractCall): Promise<DrugCatalog | undefined> {
  for (const summary of await run('listStandards', {})) {
    const { standard } = await run('getStandard', { key: summary.key });
    if (standard.drugCatalog) return run('getDrugCatalog', { id: standard.drugCatalog });
  }
  return undefined;
}

async function addFindings(run: ContractCall, auditId: string, auditDate: string, rng: Random): Promise<void> {
  const score = await run('getScore', { id: auditId });
  const failed = score.criteria.filter((c) => c.status === 'fail');
  const chosen = [...failed.filter((c) => c.blocking), ...failed.filter((c) => !c.blocking)].slice(0, 4);
  for (const c of chosen) {
    const reason = renderMessage('zh-CN', { key: 'demo.finding_failed', params: { criterion: c.criterionId } });
    await run('createFinding', {
      auditId,
      criterionId: c.criterionId,
      description:
        c.blocking && c.sectionId === 'floor' ? renderMessage('zh-CN', { key: 'demo.finding_no_doctor' }) : reason,
      responsible: personName(rng),
      deadline: addDays(auditDate, c.blocking ? 30 : 90),
    });
  }
}

/**
 * A small generated province with facilities of all three levels and sample audits, written
 * through the handler table in one transaction (valid by the same rules as the UI, and all or
 * nothing). The same seed gives the same places, people, answers and verdicts.
 */
export async function createDemo(core: Core, options: { seed: number }): Promise<DemoReport> {
  const handlers = createHandlers(core);
  const run: ContractCall = (name, input) => call(handlers, name, input);
  const existing = (await run('listFacilities', { query: DEMO_CODE_PREFIX })).filter((f) =>
    f.code.startsWith(DEMO_CODE_PREFIX),
  );
  if (existing.length > 0) throw new AppError('conflict', { key: 'demo.exists', params: { count: existing.length } });
  const rng = seededRandom(options.seed);
  const places = demoFacilities(rng);
  const drugCatalog = await drugCatalogFor(run);

  return inCallerTransaction(core.db, async () => {
    const byCode = new Map<string, Facility>();
    for (const place of places) byCode.set(place.input.code, await run('createFacility', place.input));
    const audits: DemoAudit[] = [];
    for (const spec of AUDITS) {
      const facility = byCode.get(DEMO_CODE_PREFIX + spec.code);
      if (!facility) throw new Error(`demo plan names an unknown facility ${spec.code}`);
      const auditDate = addDays('2025-03-03', rng.int(0, 200));
      const record = await run('createAudit', {
        facilityId: facility.id,
        kind: spec.kind,
        announced: spec.announced ?? true,
        team: teamFor(spec.kind, facility, rng),
        auditDate,
      });
      const { standard } = await run('getStandard', { key: record.standardKey });
      const plan = planAudit({
        standard,
        facts: record.facts,
        profile: spec.profile,
        rng,
        ...(drugCatalog ? { drugCatalog } : {}),
      });
      await applyAuditFill(core.db, run, record.id, { ...plan, errors: [] });
      const finished = spec.profile !== 'partial';
      if (finished && spec.profile !== 'pass') await addFindings(run, record.id, auditDate, rng);
      const status = finished ? (await run('setStatus', { id: record.id, status: 'completed' })).status : 'in_progress';
      const score = await run('getScore', { id: record.id });
      audits.push({
        id: record.id,
        facility: facility.name,
        level: facility.level,
        kind: spec.kind,
        status,
        verdict: score.verdict,
      });
    }
    return { facilities: byCode.size, audits };
  });
}
