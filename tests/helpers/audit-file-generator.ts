import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, AuditKind, DrugStock, EquipmentItem, Rosters } from '../../shared/domain/audit';
import type { EquipmentCatalog } from '../../shared/domain/catalog';
import type { Facility } from '../../shared/domain/facility';
import type { AuditRecord } from '../../shared/ipc/contracts/audits';
import type { Finding } from '../../shared/ipc/contracts/findings';
import { buildAuditDocument } from '../../shared/logic/audit-document';
import type { ScoreResult, Verdict } from '../../shared/logic/score-result';
import { scoreAudit } from '../../shared/logic/scoring';
import { factsOf } from '../../electron/core/audits/audit-service';
import type { Core } from '../../electron/core/core';
import { planAudit, type DemoProfile } from '../../electron/core/demo/audit-plan';
import { personName } from '../../electron/core/demo/demo-people';
import { seededRandom, type Random } from '../../electron/core/demo/random';
import { buildAuditFile } from '../../electron/core/packages/build-audit-file';
import { keySigner, type ManifestSigner } from '../../electron/core/packages/package-signature';
import { coreStandardLookup } from '../../electron/core/packages/standard-lookup';
import type { KnownStandard } from '../../electron/core/packages/verify-file';
import { createSelfSigned, privateKeyOf } from '../../electron/core/signing/certificate';
import { generateProvince } from './generated-province';

/**
 * Signed audit files for tests and benchmarks: one audit per facility of a generated province
 * (plus corrections, revision 2 of some), scored against the built-in standards, with a
 * plausible mix of verdicts. Built in memory (no database writes, no PDF: the format allows a
 * file without report.pdf) and signed by a few generated identities.
 *
 * Our standards have 22-40 criteria, so each file carries about ITEMS_PER_FILE scored items:
 * the criterion answers plus roster rows (staff, equipment, the drug stock list).
 */
export const ITEMS_PER_FILE = 300;

export interface GeneratorOptions {
  count: number;
  outDir: string;
  seed?: number;
  /** Identities that sign the files, round robin. */
  signers?: number;
  /** Share of files that are revision 2 of another file's audit. */
  corrections?: number;
}

export interface GeneratedSet {
  files: string[];
  facilities: number;
  verdicts: Record<Verdict, number>;
  items: { min: number; mean: number; max: number };
  bytes: number;
  signerCertificates: string[];
}

// Verdict profiles of a province well on its way: most facilities meet the standard.
const PROFILES: [DemoProfile, number][] = [
  ['pass', 0.8],
  ['basic', 0.1],
  ['fail', 0.06],
  ['no_doctor', 0.04],
];
const FORMS = ['片', '胶囊', '颗粒', '注射液', '口服液', '软膏'];

function pickProfile(rng: Random): DemoProfile {
  let x = rng.next();
  for (const [profile, share] of PROFILES) {
    if (x < share) return profile;
    x -= share;
  }
  return 'pass';
}

/** A uuid-shaped id from the seeded generator: the same seed gives the same files. */
const uuid = (rng: Random) => {
  const hex = [0, 1, 2, 3]
    .map(() =>
      Math.floor(rng.next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/** Roster rows beyond what the criteria count, up to ITEMS_PER_FILE: equipment on hand, the rest of the stock list. */
function padRosters(answers: number, rosters: Rosters, level: Facility['level'], ctx: Context, rng: Random): Rosters {
  const equipment: EquipmentItem[] = [...rosters.equipment];
  const drugs: DrugStock[] = [...rosters.drugs];
  const room = () => ITEMS_PER_FILE - (answers + rosters.staff.length + equipment.length + drugs.length);
  const haveEquipment = new Set(equipment.map((e) => e.catalogCode));
  for (const item of ctx.equipment.items) {
    if (room() <= 0) break;
    if (haveEquipment.has(item.code) || !item.levels.includes(level)) continue;
    equipment.push({
      id: uuid(rng),
      catalogCode: item.code,
      present: true,
      working: rng.chance(0.95),
      count: rng.int(1, 4),
    });
  }
  // Extra stock is recorded as out of stock: it never changes what the planned verdict counts.
  const names = new Set(drugs.map((d) => d.genericName));
  for (const item of ctx.known.drugCatalog?.catalog.items ?? []) {
    if (room() <= 0) break;
    if (names.has(item.genericName)) continue;
    names.add(item.genericName);
    drugs.push({ id: uuid(rng), catalogCode: item.code, genericName: item.genericName, inStock: false });
  }
  for (let n = 1; room() > 0; n += 1)
    drugs.push({ id: uuid(rng), genericName: `院内制剂${n}号${rng.pick(FORMS)}`, inStock: false, quantity: 0 });
  return { staff: rosters.staff, equipment, drugs };
}

interface Context {
  known: KnownStandard;
  key: string;
  ref: { id: string; version: string; variant: string | null };
  equipment: EquipmentCatalog;
}

function findingsFor(score: ScoreResult, auditId: string, auditDate: string, rng: Random): Finding[] {
  return score.criteria
    .filter((c) => c.status === 'fail')
    .slice(0, 3)
    .map((c) => ({
      id: uuid(rng),
      auditId,
      criterionId: c.criterionId,
      description: c.blocking ? '核心指标不符合，须限期整改' : '现场核查不符合要求，须整改',
      correctiveAction: null,
      responsible: personName(rng),
      deadline: `${Number(auditDate.slice(0, 4)) + 1}${auditDate.slice(4)}`,
      status: 'open',
      closedByAuditId: null,
      createdAt: '',
      updatedAt: '',
    }));
}

/** One audit revision of `facility` as its audit document. */
function auditDocument(facility: Facility, ctx: Context, rng: Random, revisionOf?: AuditRecord) {
  const facts = factsOf(facility);
  const profile: DemoProfile = revisionOf ? 'pass' : pickProfile(rng);
  const catalog = ctx.known.drugCatalog?.catalog;
  const plan = planAudit({
    standard: ctx.known.standard,
    facts,
    profile,
    rng,
    ...(catalog ? { drugCatalog: catalog } : {}),
  });
  const withIds = <T>(rows: T[]) => rows.map((row) => ({ ...row, id: uuid(rng) }));
  const rosters = padRosters(
    plan.answers.length,
    { staff: withIds(plan.staff), equipment: withIds(plan.equipment), drugs: withIds(plan.drugs) },
    facility.level,
    ctx,
    rng,
  );
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const auditDate = `2025-${month}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const at = `${auditDate}T09:00:00.000Z`;
  const answers: Answer[] = plan.answers.map((a) => ({ ...a, answeredAt: at, answeredBy: '核查员' }));
  const kind: AuditKind = rng.chance(0.15) ? 'self_assessment' : 'on_site_inspection';
  const audit: AuditRecord = {
    id: uuid(rng),
    revision: revisionOf ? revisionOf.revision + 1 : 1,
    previousId: revisionOf?.id ?? null,
    facilityId: facility.id,
    standardKey: ctx.key,
    kind,
    announced: rng.chance(0.85),
    status: 'completed',
    team: [
      { name: personName(rng), role: kind === 'self_assessment' ? 'self_assessor' : 'leader' },
      { name: personName(rng), role: 'recorder' },
    ],
    facts,
    auditDate,
    createdAt: at,
    updatedAt: at,
    completedAt: `${auditDate}T16:00:00.000Z`,
  };
  const score = scoreAudit({
    standard: ctx.known.standard,
    answers,
    rosters,
    facts,
    ...(catalog ? { drugCatalog: catalog } : {}),
  });
  const document = buildAuditDocument({
    audit,
    facility,
    standard: {
      key: ctx.key,
      ...ctx.ref,
      sha256: ctx.known.sha256,
      drugCatalog: ctx.known.drugCatalog
        ? { id: ctx.known.drugCatalog.id, version: ctx.known.drugCatalog.version, sha256: ctx.known.drugCatalog.sha256 }
        : null,
    },
    answers,
    rosters,
    findings: score.verdict === 'pass' ? [] : findingsFor(score, audit.id, auditDate, rng),
    evidence: [],
    score,
  });
  return {
    audit,
    document,
    items: answers.length + rosters.staff.length + rosters.equipment.length + rosters.drugs.length,
  };
}

/** The built-in standard of each level (no provincial variant), as the sender's database holds it. */
function contexts(core: Core): Map<Facility['level'], Context> {
  const lookup = coreStandardLookup(core);
  const equipment = core.standards.getEquipmentCatalog('equipment-basic');
  const out = new Map<Facility['level'], Context>();
  for (const record of core.repos.standards.list()) {
    if (!record.builtin || record.variantId !== null || out.has(record.level)) continue;
    const known = lookup(record.key);
    if (!known) continue;
    out.set(record.level, {
      known,
      key: record.key,
      ref: { id: record.standardId, version: record.version, variant: null },
      equipment,
    });
  }
  return out;
}

/** Writes `count` signed audit files to `outDir`, named `<facility code>-r<revision>.dabiao`. */
export function generateAuditFiles(core: Core, opts: GeneratorOptions): GeneratedSet {
  const rng = seededRandom(opts.seed ?? 20250101);
  const corrections = Math.floor(opts.count * (opts.corrections ?? 0.04));
  const facilities = generateProvince(rng, opts.count - corrections);
  const byLevel = contexts(core);
  const signers: ManifestSigner[] = [];
  const certificates: string[] = [];
  for (let i = 0; i < (opts.signers ?? 3); i += 1) {
    const material = createSelfSigned({ name: personName(rng), organisation: '汇成省卫生健康委员会' }, new Date());
    signers.push(keySigner(material.certificatePem, privateKeyOf(material.privateKeyPkcs8)));
    certificates.push(material.certificatePem);
  }
  mkdirSync(opts.outDir, { recursive: true });
  const set: GeneratedSet = {
    files: [],
    facilities: facilities.length,
    verdicts: { pass: 0, basic: 0, fail: 0 },
    items: { min: Infinity, mean: 0, max: 0 },
    bytes: 0,
    signerCertificates: certificates,
  };
  const write = (facility: Facility, revisionOf?: AuditRecord): AuditRecord => {
    const ctx = byLevel.get(facility.level);
    if (!ctx) throw new Error(`no built-in standard for ${facility.level}`);
    const { audit, document, items } = auditDocument(facility, ctx, rng, revisionOf);
    const signer = signers[set.files.length % signers.length];
    if (!signer) throw new Error('no signer');
    const file = buildAuditFile({
      document,
      lineageId: revisionOf ? revisionOf.id : audit.id,
      report: null,
      evidence: new Map(),
      signer,
      appVersion: 'generator',
      createdAt: audit.completedAt ?? audit.createdAt,
    });
    const path = join(opts.outDir, `${facility.code}-r${audit.revision}.dabiao`);
    writeFileSync(path, file.bytes);
    set.files.push(path);
    set.bytes += file.bytes.length;
    set.verdicts[document.score.verdict] += 1;
    set.items.min = Math.min(set.items.min, items);
    set.items.max = Math.max(set.items.max, items);
    set.items.mean += items;
    return audit;
  };
  const firsts = facilities.map((facility) => ({ facility, audit: write(facility) }));
  for (const { facility, audit } of rng.shuffle(firsts).slice(0, corrections)) write(facility, audit);
  set.items.mean = Math.round(set.items.mean / Math.max(1, set.files.length));
  return set;
}
