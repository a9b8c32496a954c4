import type { FindingInput } from '../../../../shared/domain/audit';
import { bilingual } from '../../../../shared/i18n/format';
import type { Finding } from '../../../../shared/ipc/contracts/findings';
import { ClientError } from '../../api/client';
import type { StoreContext } from './store-context';

const findingKey = (id: string) => `finding:${id}`;

/** The editable content of a finding; empty strings clear the optional texts. */
export interface FindingPatch {
  description?: string;
  correctiveAction?: string;
  responsible?: string;
  /** YYYY-MM-DD; the core cannot remove a deadline once set, only move it. */
  deadline?: string;
}

const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

export function findingActions(ctx: StoreContext) {
  const requireServerId = (id: string): string => {
    const serverId = ctx.ids.get(id);
    if (serverId !== undefined) return serverId;
    throw new ClientError('findings:update-finding', {
      code: 'not_found',
      message: bilingual({ key: 'error.not_found', params: { what: '@entity.finding', id } }),
    });
  };

  function create(input: FindingInput, undoable: boolean, localId?: string, at?: number): Promise<void> {
    if (!ctx.editable()) return Promise.resolve();
    const { findings, auditId } = ctx.get();
    const id = localId ?? ctx.ids.fresh();
    const stamp = new Date().toISOString();
    const finding: Finding = {
      id,
      auditId,
      criterionId: input.criterionId,
      description: input.description.trim(),
      correctiveAction: orNull(input.correctiveAction),
      responsible: orNull(input.responsible),
      deadline: input.deadline ?? null,
      status: 'open',
      closedByAuditId: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const index = at ?? findings.length;
    ctx.set({ findings: [...findings.slice(0, index), finding, ...findings.slice(index)] });
    if (undoable) ctx.pushUndo(() => void remove(id, false));
    const payload = {
      auditId,
      criterionId: finding.criterionId,
      description: finding.description,
      ...(finding.correctiveAction === null ? {} : { correctiveAction: finding.correctiveAction }),
      ...(finding.responsible === null ? {} : { responsible: finding.responsible }),
      ...(finding.deadline === null ? {} : { deadline: finding.deadline }),
    };
    return ctx.queue.enqueue(
      findingKey(id),
      () => ctx.client.createFinding(payload),
      (saved, latest) => {
        ctx.ids.bind(id, saved.id);
        if (latest) ctx.set((s) => ({ findings: s.findings.map((f) => (f.id === id ? { ...saved, id } : f)) }));
      },
    );
  }

  function update(id: string, patch: FindingPatch, undoable: boolean): Promise<void> {
    if (!ctx.editable()) return Promise.resolve();
    const before = ctx.get().findings.find((f) => f.id === id);
    if (!before) return Promise.resolve();
    const next: Finding = {
      ...before,
      ...(patch.description?.trim() ? { description: patch.description.trim() } : {}),
      ...(patch.correctiveAction === undefined ? {} : { correctiveAction: orNull(patch.correctiveAction) }),
      ...(patch.responsible === undefined ? {} : { responsible: orNull(patch.responsible) }),
      ...(patch.deadline ? { deadline: patch.deadline } : {}),
      updatedAt: new Date().toISOString(),
    };
    if (undoable) {
      ctx.pushUndo(
        () =>
          void update(
            id,
            {
              description: before.description,
              correctiveAction: before.correctiveAction ?? '',
              responsible: before.responsible ?? '',
              ...(before.deadline === null ? {} : { deadline: before.deadline }),
            },
            false,
          ),
      );
    }
    ctx.set((s) => ({ findings: s.findings.map((f) => (f.id === id ? next : f)) }));
    const payload = {
      description: next.description,
      correctiveAction: next.correctiveAction ?? '',
      responsible: next.responsible ?? '',
      ...(next.deadline === null ? {} : { deadline: next.deadline }),
    };
    return ctx.queue.enqueue(
      findingKey(id),
      () => ctx.client.updateFinding({ id: requireServerId(id), ...payload }),
      (saved, latest) => {
        if (latest) ctx.set((s) => ({ findings: s.findings.map((f) => (f.id === id ? { ...saved, id } : f)) }));
      },
    );
  }

  function remove(id: string, undoable: boolean): Promise<void> {
    if (!ctx.editable()) return Promise.resolve();
    const { findings } = ctx.get();
    const index = findings.findIndex((f) => f.id === id);
    const before = findings[index];
    if (!before) return Promise.resolve();
    if (undoable) {
      const content: FindingInput = {
        criterionId: before.criterionId,
        description: before.description,
        ...(before.correctiveAction === null ? {} : { correctiveAction: before.correctiveAction }),
        ...(before.responsible === null ? {} : { responsible: before.responsible }),
        ...(before.deadline === null ? {} : { deadline: before.deadline }),
      };
      ctx.pushUndo(() => void create(content, false, id, index));
    }
    ctx.set({ findings: findings.filter((f) => f.id !== id) });
    return ctx.queue.enqueue(
      findingKey(id),
      () => {
        const serverId = ctx.ids.get(id);
        if (serverId === undefined) return Promise.resolve({ removed: false });
        return ctx.client.removeFinding({ id: serverId });
      },
      () => ctx.ids.unbind(id),
    );
  }

  return {
    createFinding: (input: FindingInput) => create(input, true),
    updateFinding: (id: string, patch: FindingPatch) => update(id, patch, true),
    removeFinding: (id: string) => remove(id, true),
  };
}
