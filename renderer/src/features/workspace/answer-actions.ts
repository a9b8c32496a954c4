import type { Answer, AnswerValue } from '../../../../shared/domain/audit';
import type { StoreContext } from './store-context';

const answerKey = (criterionId: string) => `answer:${criterionId}`;

/**
 * Answers are written whole (value, not-applicable reason and note together), so each change
 * sends the full answer and an older reply can never undo a newer change.
 */
export function answerActions(ctx: StoreContext) {
  function apply(criterionId: string, next: Answer | undefined, undoable: boolean): void {
    if (!ctx.editable()) return;
    const { answers, rosters, auditId } = ctx.get();
    const before = answers[criterionId];
    if (undoable) ctx.pushUndo(() => apply(criterionId, before, false));
    const nextAnswers = { ...answers };
    if (next) nextAnswers[criterionId] = next;
    else delete nextAnswers[criterionId];
    ctx.set(ctx.withScore({ answers: nextAnswers, rosters }));

    if (next === undefined) {
      void ctx.queue.enqueue(
        answerKey(criterionId),
        () => ctx.client.clearAnswer({ auditId, criterionId }),
        (result) => {
          if (result.cleared) ctx.noteEdited();
        },
      );
      return;
    }
    const payload = {
      auditId,
      criterionId,
      value: next.value,
      ...(next.value === null && next.notApplicableReason !== undefined
        ? { notApplicableReason: next.notApplicableReason }
        : {}),
      ...(next.note === undefined ? {} : { note: next.note }),
    };
    void ctx.queue.enqueue(
      answerKey(criterionId),
      () => ctx.client.saveAnswer(payload),
      (saved, latest) => {
        ctx.noteEdited();
        // Same content as the optimistic answer; the core adds the time it committed.
        if (latest) ctx.set((s) => ({ answers: { ...s.answers, [criterionId]: saved } }));
      },
    );
  }

  const now = () => new Date().toISOString();
  const withNote = (note: string | undefined) => (note === undefined ? {} : { note });

  return {
    saveAnswer(criterionId: string, value: AnswerValue): void {
      const before = ctx.get().answers[criterionId];
      if (before && before.value !== null && JSON.stringify(before.value) === JSON.stringify(value)) return;
      apply(criterionId, { criterionId, value, ...withNote(before?.note), answeredAt: now() }, true);
    },

    /** On-site verification: the self-assessed answer, seen and saved again on site. */
    confirmAnswer(criterionId: string): void {
      const before = ctx.get().answers[criterionId];
      if (before) apply(criterionId, { ...before, answeredAt: now() }, true);
    },

    clearAnswer(criterionId: string): void {
      if (ctx.get().answers[criterionId] === undefined) return;
      apply(criterionId, undefined, true);
    },

    /** Refused (false) without a reason: "not applicable" must always say why. */
    markNotApplicable(criterionId: string, reason: string): boolean {
      const trimmed = reason.trim();
      if (!trimmed) return false;
      const before = ctx.get().answers[criterionId];
      if (before?.value === null && before.notApplicableReason === trimmed) return true;
      apply(
        criterionId,
        { criterionId, value: null, notApplicableReason: trimmed, ...withNote(before?.note), answeredAt: now() },
        true,
      );
      return true;
    },

    /** A note travels with its answer: there is nothing to attach it to before the criterion is answered. */
    saveNote(criterionId: string, note: string): boolean {
      const before = ctx.get().answers[criterionId];
      if (!before) return false;
      const next = note.trim() ? note : undefined;
      if (next === before.note) return true;
      const { note: _old, ...rest } = before;
      apply(criterionId, { ...rest, ...withNote(next), answeredAt: now() }, true);
      return true;
    },
  };
}
