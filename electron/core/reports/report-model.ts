import type { LocalizedText } from '../../../shared/domain/common';
import type { Criterion, Section } from '../../../shared/domain/standard';
import { diffAudits, type AuditDiff } from '../../../shared/logic/audit-diff';
import type { DocumentEvidence } from '../../../shared/logic/audit-document';
import { onSiteChecks, type OnSiteCheckItem } from '../../../shared/logic/onsite-check';
import type { Core } from '../core';
import { createEvidenceStore } from '../evidence/evidence-store';
import { loadAuditSources, type AuditSources } from './audit-snapshot';
import type { HandwrittenSignature } from './report-options';
import type { ReportText } from './report-text';

export interface EvidenceEntry {
  /** E1, E2...: how criteria and findings refer to it. */
  label: string;
  record: DocumentEvidence;
  /** Bytes of a JPEG or PNG to show as a thumbnail. */
  image?: Buffer;
  problem?: 'missing' | 'not_embedded';
}

/** An on-site inspection's self-assessment, compared item by item. */
export interface VerificationBasis {
  id: string;
  /** null when the self-assessment is not in this database. */
  compared: {
    auditDate: string;
    diff: AuditDiff;
    checks: OnSiteCheckItem[];
  } | null;
}

export interface PreviousRevision {
  id: string;
  revision: number;
  /** null when the previous revision is not in this database (e.g. only the newer one was imported). */
  diff: AuditDiff | null;
}

/** Everything one report shows, read before the first page is drawn. */
export interface ReportModel extends AuditSources {
  t: ReportText;
  criteria: Map<string, { criterion: Criterion; section: Section }>;
  /** Equipment names by catalogue code (the catalogue's, else the standard's item labels). */
  equipmentNames: ReadonlyMap<string, LocalizedText>;
  /** Title of the provincial variant the standard was resolved with, if any. */
  variantTitle: LocalizedText | undefined;
  evidence: EvidenceEntry[];
  previous: PreviousRevision | null;
  verification: VerificationBasis | null;
  handwritten: readonly HandwrittenSignature[];
}

const EMBEDDABLE = new Set(['image/jpeg', 'image/png']);

function equipmentNames(core: Core, sources: AuditSources): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  // Labels of the standard's own list items first; the catalogue's names win where both exist.
  for (const section of sources.standard.sections) {
    for (const c of section.criteria) {
      if (c.kind !== 'list_coverage') continue;
      for (const item of c.items) if (item.equipmentCode) names.set(item.equipmentCode, item.label);
    }
  }
  const catalogId = sources.standard.equipmentCatalog;
  if (catalogId && core.repos.catalogs.get('equipment', catalogId)) {
    for (const item of core.standards.getEquipmentCatalog(catalogId).items) names.set(item.code, item.name);
  }
  return names;
}

function evidenceEntries(core: Core, sources: AuditSources): EvidenceEntry[] {
  const store = createEvidenceStore(core.dataDir);
  // Numbered in the order they were attached, as the auditor saw them in the workspace.
  const order = new Map(core.repos.evidence.listByAudit(sources.audit.id).map((e, i) => [e.id, i]));
  const records = [...sources.document.evidence].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return records.map((record, i) => {
    const label = `E${i + 1}`;
    if (!EMBEDDABLE.has(record.mimeType)) return { label, record, problem: 'not_embedded' };
    const image = store.readIntact(record.sha256);
    return image ? { label, record, image } : { label, record, problem: 'missing' };
  });
}

function previousRevision(core: Core, sources: AuditSources): PreviousRevision | null {
  const previousId = sources.audit.previousId;
  if (previousId === null) return null;
  const revision = sources.audit.revision - 1;
  if (!core.repos.audits.get(previousId)) return { id: previousId, revision, diff: null };
  const before = loadAuditSources(core, previousId);
  return { id: previousId, revision: before.audit.revision, diff: diffAudits(before.document, sources.document) };
}

function verificationBasis(core: Core, sources: AuditSources): VerificationBasis | null {
  const basisId = sources.document.audit.basisId;
  if (basisId === undefined) return null;
  if (!core.repos.audits.get(basisId)) return { id: basisId, compared: null };
  const basis = loadAuditSources(core, basisId);
  return {
    id: basisId,
    compared: {
      auditDate: basis.audit.auditDate,
      diff: diffAudits(basis.document, sources.document),
      checks: onSiteChecks(
        sources.document.score.criteria.map((c) => c.criterionId),
        basis.document.answers,
        sources.document.answers,
      ),
    },
  };
}

export function buildReportModel(
  core: Core,
  auditId: string,
  t: ReportText,
  handwritten: readonly HandwrittenSignature[],
): ReportModel {
  const sources = loadAuditSources(core, auditId);
  const criteria = new Map<string, { criterion: Criterion; section: Section }>();
  for (const section of sources.standard.sections) {
    for (const criterion of section.criteria) criteria.set(criterion.id, { criterion, section });
  }
  const { variant, id: standardId } = sources.document.standard;
  const variantTitle = variant
    ? core.standards.listVariants(standardId).find((v) => v.id === variant)?.title
    : undefined;
  return {
    ...sources,
    t,
    criteria,
    equipmentNames: equipmentNames(core, sources),
    variantTitle,
    evidence: evidenceEntries(core, sources),
    previous: previousRevision(core, sources),
    verification: verificationBasis(core, sources),
    handwritten,
  };
}
