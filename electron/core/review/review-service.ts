import { AppError } from '../../../shared/errors';
import type { FacilityHistory, ReviewScope, ReviewSummary } from '../../../shared/ipc/contracts/review';
import { currentByFacility } from '../../../shared/logic/review/current';
import { summarizeReview } from '../../../shared/logic/review/summarize';
import type { Core } from '../core';
import { inTransaction } from '../db/sql';
import { localDate, notFound } from '../service-context';
import { saveAuditResult } from './audit-result';
import { FINISHED, isSuperseded } from './current-audit';
import { createReviewQueries, type CacheResults } from './review-queries';
import { createSamplingService } from './sampling-service';
import { standardInfos } from './standard-infos';

interface HistoryAuditRow {
  id: string;
  revision: number;
  kind: string;
  audit_date: string;
  status: string;
  verdict: FacilityHistory['audits'][number]['verdict'];
  score: number | null;
  superseded: number;
}

interface HistoryFindingRow {
  id: string;
  audit_id: string;
  criterion_id: string;
  description: string;
  deadline: string | null;
  status: FacilityHistory['findings'][number]['status'];
  closed_by_audit_id: string | null;
}

export function createReviewService(core: Core) {
  const { db, context: ctx } = core;
  const queries = createReviewQueries(db);
  const historyAudits = db.prepare<[string], HistoryAuditRow>(
    `SELECT a.id, a.revision, a.kind, a.audit_date, a.status, r.verdict, r.score,
            ${isSuperseded('a', false)} AS superseded
     FROM audit a LEFT JOIN audit_result r ON r.audit_id = a.id AND a.status IN ${FINISHED}
     WHERE a.facility_id = ?
     ORDER BY a.audit_date DESC, a.revision DESC, a.created_at DESC`,
  );
  // A revision carries copies of its predecessor's findings: only the latest revision's are listed.
  const historyFindings = db.prepare<[string], HistoryFindingRow>(
    `SELECT fi.id, fi.audit_id, fi.criterion_id, fi.description, fi.deadline, fi.status, fi.closed_by_audit_id
     FROM finding fi JOIN audit a ON a.id = fi.audit_id
     WHERE a.facility_id = ? AND NOT ${isSuperseded('a', false)}
     ORDER BY a.audit_date DESC, a.revision DESC, fi.created_at, fi.id`,
  );

  /** Results of finished audits written before the cache existed (older databases): scored once. */
  const cacheResults: CacheResults = (ids) =>
    inTransaction(db, () => {
      for (const id of ids) saveAuditResult(ctx, id, core.audits.score(id));
    });

  const today = () => localDate(ctx.now());
  const sampling = createSamplingService(core, queries, cacheResults);

  return {
    today,
    drawSample: sampling.draw,
    listSamples: sampling.list,

    summary(scope: ReviewScope): ReviewSummary {
      const asOf = scope.asOf ?? today();
      const rows = queries.load(scope.path, asOf, cacheResults);
      // A mistyped place must not read as "0 facilities, 0%".
      if (scope.path.length > 0 && rows.facilities.length === 0) {
        throw new AppError('not_found', {
          key: 'review.error.unknown_place',
          params: { path: scope.path.join(' / ') },
        });
      }
      return summarizeReview({
        scope: { ...scope, asOf },
        ...rows,
        standards: standardInfos(
          ctx,
          rows.current.map((c) => c.standardKey),
        ),
      });
    },

    /** Every audit of a facility, newest first, with the one the roll-ups count as of today. */
    facilityHistory(facilityId: string): FacilityHistory {
      if (!core.repos.facilities.get(facilityId)) throw notFound('entity.facility', facilityId);
      const current = currentByFacility(queries.liveOf(facilityId, today(), cacheResults)).get(facilityId);
      return {
        facilityId,
        audits: historyAudits.all(facilityId).map((r) => ({
          auditId: r.id,
          revision: r.revision,
          kind: r.kind,
          auditDate: r.audit_date,
          status: r.status,
          verdict: r.verdict,
          score: r.score,
          superseded: r.superseded === 1,
          current: r.id === current?.id,
        })),
        findings: historyFindings.all(facilityId).map((r) => ({
          id: r.id,
          auditId: r.audit_id,
          criterionId: r.criterion_id,
          description: r.description,
          deadline: r.deadline,
          status: r.status,
          closedByAuditId: r.closed_by_audit_id,
        })),
      };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
