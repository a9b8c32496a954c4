import { randomUUID } from 'node:crypto';
import type { DrugStock, EquipmentItem, StaffMember } from '../../../shared/domain/audit';
import type { Contracts, ContractParsedInput } from '../../../shared/ipc';
import type { RosterName } from '../db/repositories/rosters';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';
import { editableAudit, markEdited } from './audit-edit';

type Input<K extends keyof Contracts> = ContractParsedInput<Contracts[K]>;
type RowInput = { auditId: string; id?: string | undefined };

function fieldsOf<T extends RowInput>(input: T): Omit<T, keyof RowInput> {
  const fields: Partial<T> = { ...input };
  delete fields.auditId;
  delete fields.id;
  return fields as Omit<T, keyof RowInput>;
}

/** Staff, equipment and drug rows of one audit; counts derived from them are scored like answers. */
export function createRosterService(ctx: ServiceContext) {
  const { repos } = ctx;

  /**
   * A row without id is new; a row with an id must already belong to this audit (an id from
   * another audit is "not found" here rather than a way to move or overwrite its row).
   */
  function save<Row extends { id: string }>(
    roster: RosterName,
    input: RowInput,
    fields: Omit<Row, 'id'>,
    write: (auditId: string, row: Row, at: string) => boolean,
  ): Row {
    return inTransaction(ctx.db, () => {
      const audit = editableAudit(ctx, input.auditId);
      if (input.id !== undefined && repos.rosters.ownerOf(roster, input.id) !== audit.id) {
        throw notFound('entity.roster_row', input.id);
      }
      const row = { ...fields, id: input.id ?? randomUUID() } as Row;
      write(audit.id, row, isoNow(ctx));
      logEvent(ctx, 'roster.saved', 'audit', audit.id, { roster, row });
      markEdited(ctx, audit);
      return row;
    });
  }

  return {
    saveStaff(input: Input<'saveStaff'>): StaffMember {
      return save<StaffMember>('staff', input, fieldsOf(input), repos.rosters.saveStaff);
    },

    saveEquipment(input: Input<'saveEquipment'>): EquipmentItem {
      return save<EquipmentItem>('equipment', input, fieldsOf(input), repos.rosters.saveEquipment);
    },

    saveDrug(input: Input<'saveDrug'>): DrugStock {
      return save<DrugStock>('drugs', input, fieldsOf(input), repos.rosters.saveDrug);
    },

    removeRow(input: Input<'removeRow'>): { removed: boolean } {
      return inTransaction(ctx.db, () => {
        const audit = editableAudit(ctx, input.auditId);
        const removed = repos.rosters.remove(audit.id, input.roster, input.id);
        if (removed) {
          logEvent(ctx, 'roster.removed', 'audit', audit.id, { roster: input.roster, id: input.id });
          markEdited(ctx, audit);
        }
        return { removed };
      });
    },
  };
}

export type RosterService = ReturnType<typeof createRosterService>;
