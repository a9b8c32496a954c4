import { compactGaps, statusLetters } from '../../../shared/logic/review/review-rows';
import type { ScoreResult } from '../../../shared/logic/score-result';
import { toBit, type Db } from '../db/sql';
import { isoNow, notFound, type ServiceContext } from '../service-context';
import { perDb } from './per-db';

const statements = perDb((db: Db) => ({
  standardKey: db.prepare<[string], { standard_key: string }>('SELECT standard_key FROM audit WHERE id = ?'),
  upsert: db.prepare(
    `INSERT INTO audit_result (audit_id, standard_key, verdict, score, complete, blocking_failures_json,
                                 failed_criteria_json, statuses, gaps_json, computed_at)
       VALUES (@auditId, @standardKey, @verdict, @score, @complete, @blocking, @failed, @statuses, @gaps, @at)
       ON CONFLICT (audit_id) DO UPDATE SET standard_key = excluded.standard_key, verdict = excluded.verdict,
         score = excluded.score, complete = excluded.complete,
         blocking_failures_json = excluded.blocking_failures_json,
         failed_criteria_json = excluded.failed_criteria_json, statuses = excluded.statuses,
         gaps_json = excluded.gaps_json, computed_at = excluded.computed_at`,
  ),
}));

/**
 * Caches the score of an audit that has become completed (or was imported), so roll-ups never
 * rescore. Call it inside the transaction that finishes the audit: the cache and the status
 * then commit together. Saving again replaces the row (a reopened audit completed anew).
 */
export function saveAuditResult(ctx: ServiceContext, auditId: string, score: ScoreResult): void {
  const prepared = statements(ctx.db);
  const audit = prepared.standardKey.get(auditId);
  if (!audit) throw notFound('entity.audit', auditId);
  prepared.upsert.run({
    auditId,
    standardKey: audit.standard_key,
    verdict: score.verdict,
    score: score.total.score,
    complete: toBit(score.complete),
    blocking: JSON.stringify(score.blockingFailures),
    failed: JSON.stringify(score.criteria.filter((c) => c.status === 'fail').map((c) => c.criterionId)),
    statuses: statusLetters(score),
    gaps: JSON.stringify(compactGaps(score.gaps)),
    at: isoNow(ctx),
  });
}
