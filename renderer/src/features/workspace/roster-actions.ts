import type { Rosters } from '../../../../shared/domain/audit';
import type { StoreContext, WorkspaceApi } from './store-context';

export type RosterName = keyof Rosters;
type Row<N extends RosterName> = Rosters[N][number];
/** What a roster component hands over: the row's fields, and its id when it already exists. */
export type RowInput<N extends RosterName> = Omit<Row<N>, 'id'> & { id?: string };

const rowKey = (roster: RosterName, id: string) => `${roster}:${id}`;

function replaceRows<N extends RosterName>(rosters: Rosters, name: N, rows: Rosters[N]): Rosters {
  return { ...rosters, [name]: rows };
}

type Sender<N extends RosterName> = (input: Omit<Row<N>, 'id'> & { auditId: string; id?: string }) => Promise<Row<N>>;

function senders(client: WorkspaceApi): { [N in RosterName]: Sender<N> } {
  return {
    staff: (input) => client.saveStaff(input),
    equipment: (input) => client.saveEquipment(input),
    drugs: (input) => client.saveDrug(input),
  };
}

/**
 * Staff, equipment and drug rows. Each row's changes go to the core in order under one key; a row
 * created here is sent without id (the core assigns one) and later changes use that id.
 */
export function rosterActions(ctx: StoreContext) {
  const send = senders(ctx.client);

  function save<N extends RosterName>(name: N, input: RowInput<N>, undoable: boolean, at?: number): Promise<void> {
    if (!ctx.editable()) return Promise.resolve();
    const { rosters, answers, auditId } = ctx.get();
    const { id: givenId, ...fields } = input;
    const id = givenId ?? ctx.ids.fresh();
    const rows: Row<N>[] = rosters[name];
    const index = rows.findIndex((r) => r.id === id);
    const before = rows[index];
    const next = { ...fields, id } as Row<N>;
    let nextRows: Row<N>[];
    if (before) nextRows = rows.map((r) => (r.id === id ? next : r));
    else if (at === undefined) nextRows = [...rows, next];
    else nextRows = [...rows.slice(0, at), next, ...rows.slice(at)];
    if (undoable) {
      ctx.pushUndo(() => {
        if (before) void save(name, before, false);
        else void remove(name, id, false);
      });
    }
    ctx.set(ctx.withScore({ answers, rosters: replaceRows(rosters, name, nextRows as Rosters[N]) }));

    const sender: Sender<N> = send[name];
    return ctx.queue.enqueue(
      rowKey(name, id),
      () => {
        const serverId = ctx.ids.get(id);
        return sender({
          ...(fields as Omit<Row<N>, 'id'>),
          auditId,
          ...(serverId === undefined ? {} : { id: serverId }),
        });
      },
      (saved) => {
        ctx.ids.bind(id, saved.id);
        ctx.noteEdited();
      },
    );
  }

  function remove(name: RosterName, id: string, undoable: boolean): Promise<void> {
    if (!ctx.editable()) return Promise.resolve();
    const { rosters, answers, auditId } = ctx.get();
    const rows: Row<RosterName>[] = rosters[name];
    const index = rows.findIndex((r) => r.id === id);
    const before = rows[index];
    if (!before) return Promise.resolve();
    if (undoable) ctx.pushUndo(() => void save(name, before, false, index));
    const nextRows = rows.filter((r) => r.id !== id);
    ctx.set(ctx.withScore({ answers, rosters: replaceRows(rosters, name, nextRows as Rosters[typeof name]) }));
    return ctx.queue.enqueue(
      rowKey(name, id),
      () => {
        const serverId = ctx.ids.get(id);
        // Never reached the core (its creation was discarded): nothing to remove there.
        if (serverId === undefined) return Promise.resolve({ removed: false });
        return ctx.client.removeRow({ auditId, roster: name, id: serverId });
      },
      (result) => {
        ctx.ids.unbind(id);
        if (result.removed) ctx.noteEdited();
      },
    );
  }

  return {
    saveStaff: (row: RowInput<'staff'>) => save('staff', row, true),
    saveEquipment: (row: RowInput<'equipment'>) => save('equipment', row, true),
    saveDrug: (row: RowInput<'drugs'>) => save('drugs', row, true),
    removeRow: (roster: RosterName, id: string) => remove(roster, id, true),
  };
}
