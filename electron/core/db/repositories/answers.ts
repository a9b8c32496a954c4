import { AnswerValueSchema, type Answer } from '../../../../shared/domain/audit';
import { guardLocked, optional, type Db } from '../sql';

interface AnswerRow {
  audit_id: string;
  criterion_id: string;
  value_json: string | null;
  not_applicable_reason: string | null;
  note: string | null;
  answered_by: string | null;
  answered_at: string;
}

const toAnswer = (r: AnswerRow): Answer => ({
  criterionId: r.criterion_id,
  value: r.value_json === null ? null : AnswerValueSchema.parse(JSON.parse(r.value_json)),
  ...optional('notApplicableReason', r.not_applicable_reason),
  ...optional('note', r.note),
  ...optional('answeredBy', r.answered_by),
  answeredAt: r.answered_at,
});

export function createAnswersRepository(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO answer (audit_id, criterion_id, value_json, not_applicable_reason, note, answered_by, answered_at)
     VALUES (@auditId, @criterionId, @valueJson, @notApplicableReason, @note, @answeredBy, @answeredAt)
     ON CONFLICT (audit_id, criterion_id) DO UPDATE SET
       value_json = excluded.value_json, not_applicable_reason = excluded.not_applicable_reason,
       note = excluded.note, answered_by = excluded.answered_by, answered_at = excluded.answered_at`,
  );
  const remove = db.prepare('DELETE FROM answer WHERE audit_id = ? AND criterion_id = ?');
  const byAudit = db.prepare<[string], AnswerRow>('SELECT * FROM answer WHERE audit_id = ? ORDER BY criterion_id');
  const one = db.prepare<[string, string], AnswerRow>('SELECT * FROM answer WHERE audit_id = ? AND criterion_id = ?');

  return {
    upsert(auditId: string, answer: Answer): void {
      guardLocked(auditId, () =>
        upsert.run({
          auditId,
          criterionId: answer.criterionId,
          valueJson: answer.value === null ? null : JSON.stringify(answer.value),
          notApplicableReason: answer.notApplicableReason ?? null,
          note: answer.note ?? null,
          answeredBy: answer.answeredBy ?? null,
          answeredAt: answer.answeredAt,
        }),
      );
    },
    remove(auditId: string, criterionId: string): boolean {
      return guardLocked(auditId, () => remove.run(auditId, criterionId).changes > 0);
    },
    get(auditId: string, criterionId: string): Answer | undefined {
      const row = one.get(auditId, criterionId);
      return row && toAnswer(row);
    },
    listByAudit(auditId: string): Answer[] {
      return byAudit.all(auditId).map(toAnswer);
    },
  };
}

export type AnswersRepository = ReturnType<typeof createAnswersRepository>;
