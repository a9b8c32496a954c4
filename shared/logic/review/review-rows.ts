import type { FacilityLevel, LocalizedText } from '../../domain/common';
import type { Standard } from '../../domain/standard';
import type { ScoreResult, Verdict } from '../score-result';

/**
 * The compact rows a roll-up is computed from. The core loads them with a few SQL queries; every
 * rule that turns them into rates, ranks and lists lives in this folder, pure and unit-tested.
 */

/** Province, prefecture, county, then township and village where the facility has them. */
export type PlacePath = readonly [string, string, string, string | null, string | null];

export interface FacilityRow {
  id: string;
  name: string;
  level: FacilityLevel;
  path: PlacePath;
}

/** What a finished audit lacks (填平补齐), kept small: roll-ups read one per facility. */
export interface StoredGaps {
  staff: { qualifications: string[]; missing: number }[];
  equipment: { itemId: string; label: LocalizedText }[];
  drugVarieties: number;
}

/** The cached score of a facility's current audit (table audit_result). */
export interface CurrentResult {
  facilityId: string;
  auditId: string;
  auditDate: string;
  standardKey: string;
  verdict: Verdict;
  score: number;
  blockingFailures: readonly string[];
  failedCriteria: readonly string[];
  /** Criteria of its standard the audit did not judge (not applicable, optional and empty). */
  unassessed: readonly string[];
  gaps: StoredGaps;
}

/** A finding of a finished, not superseded audit. */
export interface FindingRow {
  facilityId: string;
  auditDate: string;
  deadline: string | null;
  /** Date of the audit that closed it out (销号), null while it is not closed. */
  closedOn: string | null;
}

/** A finished, not superseded audit, for the monthly trend. */
export interface TrendAudit {
  facilityId: string;
  auditDate: string;
  revision: number;
  verdict: Verdict;
}

export const isCompliant = (verdict: Verdict): boolean => verdict === 'pass' || verdict === 'basic';

/** The criteria a finished audit did not judge: neither passed nor failed. */
export const unassessedCriteria = (score: Pick<ScoreResult, 'criteria'>): string[] =>
  score.criteria.filter((c) => c.status !== 'pass' && c.status !== 'fail').map((c) => c.criterionId);

/** Equipment lacking is counted once per item per facility, whichever criterion listed it. */
export function compactGaps(gaps: ScoreResult['gaps']): StoredGaps {
  const equipment = new Map<string, LocalizedText>();
  for (const e of gaps.equipment) if (!equipment.has(e.itemId)) equipment.set(e.itemId, e.label);
  return {
    staff: gaps.staff.map((s) => ({ qualifications: [...s.qualifications].sort(), missing: s.missing })),
    equipment: [...equipment].map(([itemId, label]) => ({ itemId, label })),
    drugVarieties: gaps.drugs.reduce((sum, d) => sum + d.missingVarieties, 0),
  };
}

export interface CriterionInfo {
  id: string;
  title: LocalizedText;
  blocking: boolean;
  /** Counts qualified staff on the roster: failing it blocking means no qualified doctor (空白点). */
  staffRoster: boolean;
}

/** What a roll-up needs of one stored standard, criteria in the standard's order. */
export interface StandardInfo {
  standardId: string;
  criteria: readonly CriterionInfo[];
  index: ReadonlyMap<string, number>;
}

export function standardInfo(standard: Standard): StandardInfo {
  const criteria = standard.sections.flatMap((s) =>
    s.criteria.map((c) => ({ id: c.id, title: c.title, blocking: c.blocking, staffRoster: c.kind === 'roster_count' })),
  );
  return { standardId: standard.id, criteria, index: new Map(criteria.map((c, i) => [c.id, i])) };
}

/**
 * Chinese names in pinyin order. One collator for every comparison: creating one per call
 * (what localeCompare with a locale does) costs more than the sort of a province's rows.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('zh-CN').compare;

/**
 * Place paths in a stable reading order, a parent before its children: element by element in
 * code-point order, which for Chinese names is the dictionary's radical-and-stroke order. (Pinyin
 * order through the collator costs more than the rest of a province roll-up for long lists.)
 */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
