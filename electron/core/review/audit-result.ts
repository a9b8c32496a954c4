import { compactGaps, unassessedCriteria } from '../../../shared/logic/review/review-rows';
import type { ScoreResult } from '../../../shared/logic/score-result';
import { toBit, type Db } from '../db/sql';
import { isoNow, notFound, type ServiceContext } from '../service-context';
import { perDb } from './per-db';

interface AuditColumns {
  facility_id: string;
  audit_date: string;
  revision: number;
  completed_at: string | null;
  standard_key: string;
}

const statements = perDb((db: Db) => ({
  audit: db.prepare<[string], AuditColumns>(
    'SELECT facility_id, audit_date, revision, completed_at, standard_key FROM audit WHERE id = ?',
  ),
  upsert: db.prepare(
    `INSERT INTO audit_result (audit_id, facility_id, audit_date, revision, completed_at, standard_key, verdict,
                               score, complete, blocking_failures_json, failed_criteria_json, unassessed_json, gaps_json,
                               computed_at)
     VALUES (@auditId, @facility_id, @audit_date, @revision, @completed_at, @standard_key, @verdict,
             @score, @complete, @blocking, @failed, @unassessed, @gaps, @at)
     ON CONFLICT (audit_id) DO UPDATE SET facility_id = excluded.facility_id, audit_date = excluded.audit_date,
       revision = excluded.revision, completed_at = excluded.completed_at, standard_key = excluded.standard_key,
       verdict = excluded.verdict, score = excluded.score, complete = excluded.complete,
       blocking_failures_json = excluded.blocking_failures_json, failed_criteria_json = excluded.failed_criteria_json,
       unassessed_json = excluded.unassessed_json, gaps_json = excluded.gaps_json, computed_at = excluded.computed_at`,
  ),
}));

/**
 * Caches the score of an audit that has become completed (or was imported), so roll-ups never
 * rescore. Call it inside the transaction that finishes the audit, after its status is set: the
 * cache and the status then commit together. Saving again replaces the row.
 */
export function saveAuditResult(ctx: ServiceContext, auditId: string, score: ScoreResult): void {
  const prepared = statements(ctx.db);
  const audit = prepared.audit.get(auditId);
  if (!audit) throw notFound('entity.audit', auditId);
  prepared.upsert.run({
    auditId,
    ...audit,
    verdict: score.verdict,
    score: score.total.score,
    complete: toBit(score.complete),
    blocking: JSON.stringify(score.blockingFailures),
    failed: JSON.stringify(score.criteria.filter((c) => c.status === 'fail').map((c) => c.criterionId)),
    unassessed: JSON.stringify(unassessedCriteria(score)),
    gaps: JSON.stringify(compactGaps(score.gaps)),
    at: isoNow(ctx),
  });
}
