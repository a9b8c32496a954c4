import type { DrugCatalog } from '../../../shared/domain/catalog';
import type { Standard } from '../../../shared/domain/standard';
import {
  AuditDocumentSchema,
  buildAuditDocument,
  type AuditDocument,
  type DocumentScore,
} from '../../../shared/logic/audit-document';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import type { ScoreResult } from '../../../shared/logic/score-result';
import { scoreAudit } from '../../../shared/logic/scoring';
import { sniffMimeType } from '../evidence/file-kind';
import { AUDIT_ENTRY, EVIDENCE_PREFIX, REPORT_ENTRY, evidenceEntryName, type Manifest } from './package-format';
import { refuse, type Refusal } from './verify-archive';

/** A standard this database holds, as the importer needs it to recompute a score. */
export interface KnownStandard {
  sha256: string;
  /** Resolved with its provincial variant, as stored under its key. */
  standard: Standard;
  drugCatalog: { id: string; version: string; sha256: string; catalog: DrugCatalog } | null;
}

export type StandardLookup = (key: string) => KnownStandard | undefined;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function keysInOrder(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysInOrder);
  if (value === null || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i += 1) if ((keys[i - 1] ?? '') >= (keys[i] ?? '')) return false;
  return Object.values(value).every(keysInOrder);
}

/**
 * Whether `text` is exactly `canonicalJson(JSON.parse(text))`, without serialising the document a
 * second time (the slowest step of a check): JSON.stringify keeps the parsed key order and spells
 * strings and numbers as canonical JSON does, so the text is canonical when it round-trips and
 * every object's keys are in code-unit order. Integer-like keys (which JavaScript reorders) make
 * a text fail this test, never pass it wrongly; documents have none.
 */
export function isCanonicalText(text: string, value: unknown): boolean {
  return JSON.stringify(value) === text && keysInOrder(value);
}

/** Step 6: audit.json is an audit document in canonical JSON, of a completed audit. */
export function readDocument(contents: ReadonlyMap<string, Buffer>): { document: AuditDocument } | Refusal {
  const raw = contents.get(AUDIT_ENTRY);
  if (!raw) return refuse('document', 'packages.refused.document', { details: 'audit.json missing' });
  let text: string;
  let value: unknown;
  try {
    text = utf8.decode(raw);
    value = JSON.parse(text);
  } catch (err) {
    return refuse('document', 'packages.refused.document', { details: (err as Error).message.slice(0, 200) });
  }
  const parsed = AuditDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('document', 'packages.refused.document', {
      details: issue ? `${issue.path.join('.')}: ${issue.message}` : '',
    });
  }
  const document = parsed.data;
  if (!isCanonicalText(text, value))
    return refuse('document', 'packages.refused.document', { details: 'not canonical JSON' });
  if (document.audit.status !== 'completed')
    return refuse('document', 'packages.refused.not_completed', { status: document.audit.status });
  const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;
  const { rosters } = document;
  if (
    !unique(document.answers.map((a) => a.criterionId)) ||
    !unique([...rosters.staff, ...rosters.equipment, ...rosters.drugs].map((r) => r.id)) ||
    !unique(document.findings.map((f) => f.id)) ||
    !unique(document.evidence.map((e) => e.id))
  )
    return refuse('document', 'packages.refused.document', { details: 'repeated row id' });
  return { document };
}

/** Step 7: the document is the audit the (signed) manifest names. */
export function checkAgainstManifest(document: AuditDocument, manifest: Manifest): Refusal | undefined {
  const { audit, facility, standard } = document;
  const named = manifest.audit;
  const firstRevision = audit.revision === 1;
  const mismatch =
    audit.id !== named.id ||
    audit.revision !== named.revision ||
    audit.previousId !== named.previousId ||
    facility.code !== manifest.facility.code ||
    facility.name !== manifest.facility.name ||
    standard.key !== manifest.standard.key ||
    standard.id !== manifest.standard.id ||
    standard.version !== manifest.standard.version ||
    // Revision 1 starts its lineage; a later revision corrects an earlier one of the same lineage.
    (firstRevision ? named.lineageId !== audit.id || audit.previousId !== null : named.lineageId === audit.id) ||
    (!firstRevision && audit.previousId === null);
  return mismatch
    ? refuse('document_mismatch', 'packages.refused.document_mismatch', { id: named.id, revision: named.revision })
    : undefined;
}

/** Step 8: evidence files and document references match one to one; the report is a PDF. */
export function checkEvidence(document: AuditDocument, contents: ReadonlyMap<string, Buffer>): Refusal | undefined {
  const referenced = new Set<string>();
  for (const e of document.evidence) {
    const bytes = contents.get(evidenceEntryName(e.sha256));
    if (!bytes || bytes.length !== e.size)
      return refuse('evidence', 'packages.refused.evidence_missing', { name: e.fileName, sha256: e.sha256 });
    if (sniffMimeType(bytes) !== e.mimeType)
      return refuse('evidence', 'packages.refused.evidence_type', { name: e.fileName, type: e.mimeType });
    referenced.add(evidenceEntryName(e.sha256));
  }
  for (const name of contents.keys()) {
    if (name.startsWith(EVIDENCE_PREFIX) && !referenced.has(name))
      return refuse('evidence', 'packages.refused.evidence_unreferenced', { name });
  }
  const report = contents.get(REPORT_ENTRY);
  if (report && sniffMimeType(report) !== 'application/pdf') return refuse('evidence', 'packages.refused.report');
  return undefined;
}

/** Step 9: the standard the audit was scored against is installed here, unchanged. */
export function checkStandard(document: AuditDocument, standards: StandardLookup): KnownStandard | Refusal {
  const ref = document.standard;
  const known = standards(ref.key);
  if (!known) return refuse('standard', 'packages.refused.standard_unknown', { key: ref.key });
  if (known.sha256 !== ref.sha256) return refuse('standard', 'packages.refused.standard_changed', { key: ref.key });
  const catalog = known.drugCatalog;
  const sameCatalog =
    ref.drugCatalog === null
      ? catalog === null
      : catalog !== null &&
        catalog.id === ref.drugCatalog.id &&
        catalog.version === ref.drugCatalog.version &&
        catalog.sha256 === ref.drugCatalog.sha256;
  if (!sameCatalog)
    return refuse('standard', 'packages.refused.catalog_changed', { id: ref.drugCatalog?.id ?? '-', key: ref.key });
  return known;
}

/**
 * The document's score as `buildAuditDocument` records a ScoreResult: built through it, so the
 * recorded and recomputed scores are compared in the one projection the exporter used.
 */
function documentScoreOf(document: AuditDocument, score: ScoreResult): DocumentScore {
  const { audit, facility } = document;
  return buildAuditDocument({
    audit: { ...audit, status: 'completed', facilityId: '', standardKey: '', createdAt: '', updatedAt: '' },
    facility: { ...facility, id: '', createdAt: '', updatedAt: '' },
    standard: document.standard,
    answers: [],
    rosters: { staff: [], equipment: [], drugs: [] },
    findings: [],
    evidence: [],
    score,
  }).score;
}

/** Step 10: scoring the document's answers and rosters again gives exactly the recorded score. */
export function checkScore(document: AuditDocument, known: KnownStandard): { score: ScoreResult } | Refusal {
  const score = scoreAudit({
    standard: known.standard,
    answers: document.answers,
    rosters: document.rosters,
    facts: document.audit.facts,
    ...(known.drugCatalog ? { drugCatalog: known.drugCatalog.catalog } : {}),
  });
  const recorded = document.score;
  if (canonicalJson(documentScoreOf(document, score)) !== canonicalJson(recorded)) {
    return refuse('score', 'packages.refused.score', {
      recorded: recorded.total.score,
      recordedVerdict: `@verdict.${recorded.verdict}`,
      recomputed: score.total.score,
      recomputedVerdict: `@verdict.${score.verdict}`,
    });
  }
  return { score };
}
