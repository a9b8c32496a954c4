import { AuditFactsSchema, TeamMemberSchema, type AuditKind, type AuditStatus } from '../../../../shared/domain/audit';
import type { FacilityLevel } from '../../../../shared/domain/common';
import type { AuditRecord } from '../../../../shared/ipc/contracts/audits';
import { fromBit, guardLocked, likeContains, statementCache, toBit, type Db } from '../sql';

interface AuditRow {
  id: string;
  revision: number;
  previous_id: string | null;
  facility_id: string;
  standard_key: string;
  kind: AuditKind;
  announced: number;
  status: AuditStatus;
  team_json: string;
  facts_json: string;
  audit_date: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

interface ListedRow extends AuditRow {
  facility_name: string;
  facility_code: string;
  /** The level of the standard the audit applies, not the facility's current one. */
  audit_level: FacilityLevel;
}

export interface AuditQuery {
  facilityId?: string;
  level?: FacilityLevel;
  kind?: AuditKind;
  status?: AuditStatus;
  /** Each term must occur in the facility's name, code, place names or pinyin. */
  terms?: readonly string[];
}

export interface ListedAudit {
  audit: AuditRecord;
  facilityName: string;
  facilityCode: string;
  level: FacilityLevel;
}

const TeamSchema = TeamMemberSchema.array();

// Stored JSON was validated on the way in; parsing again keeps a hand-edited file from leaking bad shapes.
const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  revision: r.revision,
  previousId: r.previous_id,
  facilityId: r.facility_id,
  standardKey: r.standard_key,
  kind: r.kind,
  announced: fromBit(r.announced),
  status: r.status,
  team: TeamSchema.parse(JSON.parse(r.team_json)),
  facts: AuditFactsSchema.parse(JSON.parse(r.facts_json)),
  auditDate: r.audit_date,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  completedAt: r.completed_at,
});

export function createAuditsRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit (id, revision, previous_id, facility_id, standard_key, kind, announced, status,
                        team_json, facts_json, audit_date, created_at, updated_at, completed_at)
     VALUES (@id, @revision, @previousId, @facilityId, @standardKey, @kind, @announced, @status,
             @teamJson, @factsJson, @auditDate, @createdAt, @updatedAt, @completedAt)`,
  );
  const byId = db.prepare<[string], AuditRow>('SELECT * FROM audit WHERE id = ?');
  const setStatus = db.prepare(
    'UPDATE audit SET status = @status, updated_at = @updatedAt, completed_at = @completedAt WHERE id = @id',
  );
  const touch = db.prepare('UPDATE audit SET updated_at = ? WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit');
  const prepared = statementCache(db);

  return {
    insert(audit: AuditRecord): void {
      insert.run({
        ...audit,
        announced: toBit(audit.announced),
        teamJson: JSON.stringify(audit.team),
        factsJson: JSON.stringify(audit.facts),
      });
    },
    get(id: string): AuditRecord | undefined {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    setStatus(id: string, status: AuditStatus, updatedAt: string, completedAt: string | null): void {
      guardLocked(id, () => setStatus.run({ id, status, updatedAt, completedAt }));
    },
    touch(id: string, updatedAt: string): void {
      guardLocked(id, () => touch.run(updatedAt, id));
    },
    /** Newest audit date first, so the work in hand is at the top. */
    list(query: AuditQuery = {}): ListedAudit[] {
      const where: string[] = [];
      const params: string[] = [];
      const add = (clause: string, value: string) => {
        where.push(clause);
        params.push(value);
      };
      if (query.facilityId) add('a.facility_id = ?', query.facilityId);
      if (query.level) add('s.level = ?', query.level);
      if (query.kind) add('a.kind = ?', query.kind);
      if (query.status) add('a.status = ?', query.status);
      for (const term of query.terms ?? []) add(`f.search_text LIKE ? ESCAPE '\\'`, likeContains(term));
      const sql = `SELECT a.*, f.name AS facility_name, f.code AS facility_code, s.level AS audit_level
                   FROM audit a JOIN facility f ON f.id = a.facility_id JOIN standard s ON s.key = a.standard_key
                   ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                   ORDER BY a.audit_date DESC, a.created_at DESC, a.id`;
      return prepared<ListedRow>(sql)
        .all(...params)
        .map((r) => ({
          audit: toRecord(r),
          facilityName: r.facility_name,
          facilityCode: r.facility_code,
          level: r.audit_level,
        }));
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
  };
}

export type AuditsRepository = ReturnType<typeof createAuditsRepository>;
