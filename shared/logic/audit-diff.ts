import type { AnswerValue } from '../domain/audit';
import type { AuditDocument, DocumentEvidence, DocumentFinding } from './audit-document';
import { canonicalJson } from './canonical-json';
import type { CriterionStatus, Verdict } from './score-result';

/** What an answer said, without who and when (a re-save of the same value is no change). */
export interface AnswerState {
  value: AnswerValue | null;
  notApplicableReason?: string;
  note?: string;
}

export interface CriterionChange {
  criterionId: string;
  /** null: unanswered on that side. */
  before: AnswerState | null;
  after: AnswerState | null;
  resultBefore: CriterionStatus | null;
  resultAfter: CriterionStatus | null;
}

export interface RowChange<T> {
  before: T;
  after: T;
  /** Names of the fields that differ. */
  fields: string[];
}

export interface ListChanges<T> {
  added: T[];
  removed: T[];
  changed: RowChange<T>[];
}

type Docs = AuditDocument['rosters'];
export type StaffRow = Docs['staff'][number];
export type EquipmentRow = Docs['equipment'][number];
export type DrugRow = Docs['drugs'][number];

export interface AuditDiff {
  /** Audit-level fields that differ (team, facts, kind, announced, auditDate, standard). */
  fields: string[];
  criteria: CriterionChange[];
  staff: ListChanges<StaffRow>;
  equipment: ListChanges<EquipmentRow>;
  drugs: ListChanges<DrugRow>;
  findings: ListChanges<DocumentFinding>;
  evidence: { added: DocumentEvidence[]; removed: DocumentEvidence[] };
  score: {
    verdictBefore: Verdict;
    verdictAfter: Verdict;
    scoreBefore: number;
    scoreAfter: number;
    changed: boolean;
  };
  /** Nothing at all differs. */
  empty: boolean;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

function answerState(answer: AuditDocument['answers'][number] | undefined): AnswerState | null {
  if (!answer) return null;
  return {
    value: answer.value,
    ...(answer.notApplicableReason === undefined ? {} : { notApplicableReason: answer.notApplicableReason }),
    ...(answer.note === undefined ? {} : { note: answer.note }),
  };
}

/** Criterion ids in the standard's order (the score lists every criterion), then any others. */
function criterionOrder(before: AuditDocument, after: AuditDocument): string[] {
  const ids = [
    ...after.score.criteria.map((c) => c.criterionId),
    ...before.score.criteria.map((c) => c.criterionId),
    ...after.answers.map((a) => a.criterionId),
    ...before.answers.map((a) => a.criterionId),
  ];
  return [...new Set(ids)];
}

function criteriaChanges(before: AuditDocument, after: AuditDocument): CriterionChange[] {
  const answersBefore = new Map(before.answers.map((a) => [a.criterionId, a]));
  const answersAfter = new Map(after.answers.map((a) => [a.criterionId, a]));
  const resultBefore = new Map(before.score.criteria.map((c) => [c.criterionId, c.status]));
  const resultAfter = new Map(after.score.criteria.map((c) => [c.criterionId, c.status]));
  const changes: CriterionChange[] = [];
  for (const id of criterionOrder(before, after)) {
    const change: CriterionChange = {
      criterionId: id,
      before: answerState(answersBefore.get(id)),
      after: answerState(answersAfter.get(id)),
      resultBefore: resultBefore.get(id) ?? null,
      resultAfter: resultAfter.get(id) ?? null,
    };
    if (!same(change.before, change.after) || change.resultBefore !== change.resultAfter) changes.push(change);
  }
  return changes;
}

/**
 * Rows of two revisions are matched by content, not by row id (a revision's rows are new rows):
 * identical rows first, then the remaining ones by `key` (a person's name, a catalogue code), in
 * order, so a duplicate name pairs with its counterpart and an edit reads as a change.
 */
export function diffRows<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  key: (row: T) => string,
): ListChanges<T> {
  const content = (row: T) => {
    const rest: Partial<T> = { ...row };
    delete rest.id;
    return canonicalJson(rest);
  };
  const unmatched = [...after];
  const leftBefore: T[] = [];
  for (const row of before) {
    const index = unmatched.findIndex((other) => content(other) === content(row));
    if (index >= 0) unmatched.splice(index, 1);
    else leftBefore.push(row);
  }
  const changed: RowChange<T>[] = [];
  const removed: T[] = [];
  for (const row of leftBefore) {
    const index = unmatched.findIndex((other) => key(other) === key(row));
    const match = index >= 0 ? unmatched.splice(index, 1)[0] : undefined;
    if (match === undefined) {
      removed.push(row);
      continue;
    }
    const names = [...new Set([...Object.keys(row), ...Object.keys(match)])].filter(
      (name) =>
        name !== 'id' && !same((row as Record<string, unknown>)[name], (match as Record<string, unknown>)[name]),
    );
    changed.push({ before: row, after: match, fields: names.sort() });
  }
  return { added: unmatched, removed, changed };
}

/**
 * Evidence is the same file attached to the same place, or another one. The place is named by
 * criterion and, for a finding's evidence, by the finding's criterion: finding ids differ
 * between revisions by construction.
 */
function diffEvidence(before: AuditDocument, after: AuditDocument) {
  const keyIn = (doc: AuditDocument) => {
    const findingCriterion = new Map(doc.findings.map((f) => [f.id, f.criterionId]));
    return (e: DocumentEvidence) =>
      [e.sha256, e.fileName, e.criterionId ?? '', e.findingId ? (findingCriterion.get(e.findingId) ?? '?') : ''].join(
        '|',
      );
  };
  const keyBefore = keyIn(before);
  const keyAfter = keyIn(after);
  const unmatched = [...after.evidence];
  const removed: DocumentEvidence[] = [];
  for (const e of before.evidence) {
    const index = unmatched.findIndex((other) => keyAfter(other) === keyBefore(e));
    if (index >= 0) unmatched.splice(index, 1);
    else removed.push(e);
  }
  return { added: unmatched, removed };
}

const AUDIT_FIELDS = ['kind', 'announced', 'auditDate', 'team', 'facts'] as const;

/** What a revision changed compared with the one before it. Pure: both sides are documents. */
export function diffAudits(before: AuditDocument, after: AuditDocument): AuditDiff {
  const fields: string[] = AUDIT_FIELDS.filter((f) => !same(before.audit[f], after.audit[f]));
  if (before.standard.key !== after.standard.key || before.standard.sha256 !== after.standard.sha256) {
    fields.push('standard');
  }
  const diff = {
    fields,
    criteria: criteriaChanges(before, after),
    staff: diffRows(before.rosters.staff, after.rosters.staff, (r) => r.name),
    equipment: diffRows(before.rosters.equipment, after.rosters.equipment, (r) => r.catalogCode),
    drugs: diffRows(before.rosters.drugs, after.rosters.drugs, (r) => r.catalogCode ?? `name:${r.genericName}`),
    findings: diffRows(before.findings, after.findings, (f) => f.criterionId),
    evidence: diffEvidence(before, after),
    score: {
      verdictBefore: before.score.verdict,
      verdictAfter: after.score.verdict,
      scoreBefore: before.score.total.score,
      scoreAfter: after.score.total.score,
      changed: before.score.verdict !== after.score.verdict || before.score.total.score !== after.score.total.score,
    },
  };
  const lists = [diff.staff, diff.equipment, diff.drugs, diff.findings];
  const empty =
    fields.length === 0 &&
    diff.criteria.length === 0 &&
    lists.every((l) => l.added.length + l.removed.length + l.changed.length === 0) &&
    diff.evidence.added.length + diff.evidence.removed.length === 0 &&
    !diff.score.changed;
  return { ...diff, empty };
}
