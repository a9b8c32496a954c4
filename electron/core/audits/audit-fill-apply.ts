import type { ContractInput, ContractName, ContractOutput, Contracts } from '../../../shared/ipc';
import type { Db } from '../db/sql';
import type { AuditFill } from './audit-fill';

/** The handler-table call the CLI (and tests) use: same validation as the UI's path. */
export type ContractCall = <K extends ContractName>(
  name: K,
  input: ContractInput<Contracts[K]>,
) => Promise<ContractOutput<Contracts[K]>>;

export interface FillSummary {
  answers: number;
  staff: number;
  equipment: number;
  drugs: number;
}

let savepoints = 0;

/**
 * One transaction around a sequence of handler calls. better-sqlite3 transactions cannot span
 * an `await`, so this opens it by hand (a savepoint when already inside one); each service's
 * own transaction becomes a savepoint within it. Only for a single-caller shell (the CLI, the
 * demo): concurrent callers would join it.
 */
export async function inCallerTransaction<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  const nested = db.inTransaction;
  const name = `caller_${(savepoints += 1)}`;
  db.exec(nested ? `SAVEPOINT ${name}` : 'BEGIN IMMEDIATE');
  try {
    const result = await fn();
    db.exec(nested ? `RELEASE ${name}` : 'COMMIT');
    return result;
  } catch (error) {
    if (nested) db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
    else if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

const sameText = (a: string | undefined, b: string | undefined) => (a ?? '').trim() === (b ?? '').trim();

/**
 * Writes a filled form into an audit, all or nothing. Roster rows update the row they match
 * (its id when it belongs to this audit, else staff by name and qualification, equipment by
 * catalogue code, drugs by code or generic name), so filling the same form twice adds nothing.
 */
export async function applyAuditFill(
  db: Db,
  call: ContractCall,
  auditId: string,
  fill: AuditFill,
): Promise<FillSummary> {
  return inCallerTransaction(db, async () => {
    const { rosters } = await call('getAudit', { id: auditId });
    const staff = [...rosters.staff];
    const equipment = [...rosters.equipment];
    const drugs = [...rosters.drugs];
    for (const answer of fill.answers) {
      await call('saveAnswer', { auditId, ...answer });
    }
    for (const { id, ...row } of fill.staff) {
      const match =
        staff.find((s) => s.id === id) ??
        staff.find((s) => sameText(s.name, row.name) && s.qualification === row.qualification);
      const saved = await call('saveStaff', { auditId, ...row, ...(match ? { id: match.id } : {}) });
      if (!match) staff.push(saved);
    }
    for (const { id, ...row } of fill.equipment) {
      const match = equipment.find((e) => e.id === id) ?? equipment.find((e) => e.catalogCode === row.catalogCode);
      const saved = await call('saveEquipment', { auditId, ...row, ...(match ? { id: match.id } : {}) });
      if (!match) equipment.push(saved);
    }
    for (const { id, ...row } of fill.drugs) {
      const match =
        drugs.find((d) => d.id === id) ??
        drugs.find((d) =>
          row.catalogCode
            ? d.catalogCode === row.catalogCode
            : !d.catalogCode && sameText(d.genericName, row.genericName),
        );
      const saved = await call('saveDrug', { auditId, ...row, ...(match ? { id: match.id } : {}) });
      if (!match) drugs.push(saved);
    }
    return {
      answers: fill.answers.length,
      staff: fill.staff.length,
      equipment: fill.equipment.length,
      drugs: fill.drugs.length,
    };
  });
}
