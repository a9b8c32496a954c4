import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scoreAudit } from '../../../../shared/logic/scoring';
import { selectSaveStatus } from './selectors';
import { createWorkspaceStore, type WorkspaceStore } from './store';
import { drugCatalog, facts, FakeCore, standard } from './test-support/fake-core';

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('workspace store', () => {
  let core: FakeCore;
  let store: WorkspaceStore;
  const state = () => store.getState();
  const actions = () => store.getState().actions;
  const result = (id: string) => state().scoring?.results[id];
  const methods = () => core.calls.map((c) => c.method);

  beforeEach(async () => {
    vi.useFakeTimers();
    core = new FakeCore();
    store = createWorkspaceStore(core.api(), 'audit-1');
    await actions().load();
  });
  afterEach(() => vi.useRealTimers());

  it('loads the audit, its standard and catalogue, and scores it with the shared scoring', () => {
    expect(state().phase).toBe('ready');
    expect(state().facility?.name).toBe('测试村卫生室');
    expect(state().drugCatalog?.id).toBe('drugs');
    // The equipment catalogue is not installed: scored without it, as the core does.
    expect(state().equipmentCatalog).toBeUndefined();
    expect(state().model?.criteria.map((c) => c.id)).toEqual(['YN', 'NUM', 'DOC', 'DRUG', 'EQ']);
    expect(state().model?.minDrugVarieties).toBe(2);
    expect(state().scoring?.score).toEqual(
      scoreAudit({ standard, answers: [], rosters: { staff: [], equipment: [], drugs: [] }, facts, drugCatalog }),
    );
    expect(selectSaveStatus(state())).toBe('idle');
  });

  it('shows a change at once but says "saved" only after the core acknowledged it', async () => {
    core.holding = true;
    actions().saveAnswer('YN', true);
    expect(state().answers.YN?.value).toBe(true);
    expect(result('YN')?.status).toBe('pass');
    expect(selectSaveStatus(state())).toBe('saving');
    await flush();
    expect(selectSaveStatus(state())).toBe('saving');

    core.releaseAll();
    await flush();
    expect(selectSaveStatus(state())).toBe('saved');
    expect(core.answers.get('YN')?.value).toBe(true);
    // The core starts a draft audit on its first edit; the header follows once acknowledged.
    expect(state().audit?.status).toBe('in_progress');
  });

  it('keeps a failed save queued, shows why, retries it with backoff and never drops it', async () => {
    core.failures = ['internal'];
    actions().saveAnswer('NUM', 3);
    await flush();
    expect(selectSaveStatus(state())).toBe('error');
    expect(state().save.failures).toEqual([expect.objectContaining({ key: 'answer:NUM', autoRetry: true })]);
    expect(state().answers.NUM?.value).toBe(3);
    expect(core.answers.has('NUM')).toBe(false);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(methods()).toEqual(['saveAnswer', 'saveAnswer']);
    expect(selectSaveStatus(state())).toBe('saved');
    expect(core.answers.get('NUM')?.value).toBe(3);
  });

  it('waits for the user after a refusal; retry sends it again, discard shows what the core has', async () => {
    actions().saveAnswer('YN', true);
    await flush();
    core.failures = ['validation'];
    actions().saveAnswer('YN', false);
    await flush();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(methods()).toEqual(['saveAnswer', 'saveAnswer']);
    expect(state().answers.YN?.value).toBe(false);

    core.failures = ['validation'];
    actions().retrySaves();
    await flush();
    expect(methods()).toHaveLength(3);

    await actions().discardFailed('answer:YN');
    await flush();
    expect(state().save.failures).toEqual([]);
    expect(state().answers.YN?.value).toBe(true);
    expect(result('YN')?.status).toBe('pass');
  });

  it('sends the changes to one criterion in the order they were made, each after the last was acknowledged', async () => {
    core.holding = true;
    actions().saveAnswer('NUM', 1);
    actions().saveAnswer('NUM', 2);
    actions().saveAnswer('YN', true);
    await flush();
    expect(core.calls.map((c) => `${c.method}:${String(c.input.value)}`)).toEqual(['saveAnswer:1', 'saveAnswer:true']);
    core.releaseAll();
    await flush();
    expect(core.calls.map((c) => String(c.input.value))).toEqual(['1', 'true', '2']);
    core.releaseAll();
    await flush();
    expect(core.answers.get('NUM')?.value).toBe(2);
    expect(state().answers.NUM?.value).toBe(2);
    expect(selectSaveStatus(state())).toBe('saved');
  });

  it('undo re-applies the previous value through the same api calls', async () => {
    actions().saveAnswer('YN', true);
    actions().saveNote('YN', '门口有牌');
    actions().saveAnswer('YN', false);
    await flush();
    expect(core.answers.get('YN')).toMatchObject({ value: false, note: '门口有牌' });

    actions().undo();
    await flush();
    expect(core.answers.get('YN')).toMatchObject({ value: true, note: '门口有牌' });
    actions().undo();
    await flush();
    expect(core.answers.get('YN')?.note).toBeUndefined();
    actions().undo();
    await flush();
    expect(core.answers.has('YN')).toBe(false);
    expect(state().answers.YN).toBeUndefined();
    expect(methods()).toEqual(['saveAnswer', 'saveAnswer', 'saveAnswer', 'saveAnswer', 'saveAnswer', 'clearAnswer']);
    expect(state().undoDepth).toBe(0);
  });

  it('refuses "not applicable" without a reason and undoes it back to the answer', async () => {
    actions().saveAnswer('NUM', 4);
    expect(actions().markNotApplicable('NUM', '   ')).toBe(false);
    expect(actions().markNotApplicable('NUM', '本村无住院')).toBe(true);
    await flush();
    expect(core.answers.get('NUM')).toMatchObject({ value: null, notApplicableReason: '本村无住院' });
    expect(result('NUM')?.status).toBe('not_applicable');
    actions().undo();
    await flush();
    expect(core.answers.get('NUM')).toMatchObject({ value: 4 });
    expect(core.answers.get('NUM')?.notApplicableReason).toBeUndefined();
  });

  it('updates roster-derived criteria and the verdict as rows change, before the core answers', async () => {
    expect(result('DOC')?.status).toBe('fail');
    expect(state().scoring?.score.blockingFailures).toContain('DOC');
    core.holding = true;
    void actions().saveStaff({ name: '岩温', qualification: 'village_doctor', verified: true });
    expect(result('DOC')?.status).toBe('pass');
    expect(state().scoring?.score.blockingFailures).not.toContain('DOC');

    void actions().saveDrug({ catalogCode: 'D1', genericName: '阿莫西林', inStock: true });
    expect(result('DRUG')?.status).toBe('fail');
    void actions().saveDrug({ catalogCode: 'D2', genericName: '布洛芬', inStock: true });
    expect(result('DRUG')?.status).toBe('pass');
    void actions().saveEquipment({ catalogCode: 'EQ-BP', present: true, working: true, count: 1 });
    expect(result('EQ')?.status).toBe('pass');
    core.holding = false;
    core.releaseAll();
    await flush();

    const staffId = state().rosters.staff[0]?.id ?? '';
    await actions().removeRow('staff', staffId);
    expect(result('DOC')?.status).toBe('fail');
    expect(core.staff.size).toBe(0);
    // The live score is the core's score of the same content.
    expect(state().scoring?.score).toEqual(
      scoreAudit({
        standard,
        answers: [...core.answers.values()],
        rosters: {
          staff: [...core.staff.values()],
          equipment: [...core.equipment.values()],
          drugs: [...core.drugs.values()],
        },
        facts,
        drugCatalog,
      }),
    );
  });

  it('sends later changes of a new row with the id the core gave it, keeping the local id on screen', async () => {
    core.holding = true;
    void actions().saveDrug({ catalogCode: 'D1', genericName: '阿莫西林', inStock: true });
    const localId = state().rosters.drugs[0]?.id ?? '';
    void actions().saveDrug({ id: localId, catalogCode: 'D1', genericName: '阿莫西林', inStock: false });
    await flush();
    expect(core.calls).toHaveLength(1);
    expect(core.calls[0]?.input.id).toBeUndefined();

    core.releaseAll();
    await flush();
    expect(core.calls[1]?.input).toMatchObject({ id: 'srv-1', inStock: false });
    core.releaseAll();
    await flush();
    expect(state().rosters.drugs.map((d) => d.id)).toEqual([localId]);
    expect(core.drugs.get('srv-1')?.inStock).toBe(false);
  });

  it('undoes a removed row by creating it again in its place', async () => {
    await actions().saveStaff({ name: '甲', qualification: 'village_doctor', verified: true });
    await actions().saveStaff({ name: '乙', qualification: 'registered_nurse', verified: true });
    const first = state().rosters.staff[0]?.id ?? '';
    await actions().removeRow('staff', first);
    expect(state().rosters.staff.map((s) => s.name)).toEqual(['乙']);
    actions().undo();
    await flush();
    expect(state().rosters.staff.map((s) => s.name)).toEqual(['甲', '乙']);
    expect([...core.staff.values()].map((s) => s.name).sort()).toEqual(['乙', '甲']);
    expect(result('DOC')?.status).toBe('pass');
  });

  it('creates a finding prefilled from a failed criterion, then updates it by the core id', async () => {
    expect(actions().startFinding('YN', 'zh-CN')).toBe(false);
    actions().saveAnswer('YN', false);
    expect(actions().startFinding('YN', 'zh-CN')).toBe(true);
    const draft = state().ui.findingDraft;
    expect(draft?.description).toBe('有牌子：核查结果为“否”');
    expect(draft?.correctiveAction).toContain('有牌子');
    if (!draft) return;
    actions().submitFinding({ ...draft, responsible: '村医', deadline: '2024-06-30' });
    expect(state().ui.findingDraft).toBeUndefined();
    await flush();
    const finding = state().findings[0];
    expect(core.findings.get('srv-1')).toMatchObject({ responsible: '村医', deadline: '2024-06-30' });

    await actions().updateFinding(finding?.id ?? '', { responsible: '院长' });
    expect(core.calls.at(-1)).toMatchObject({ method: 'updateFinding', input: { id: 'srv-1', responsible: '院长' } });
    actions().undo();
    await flush();
    expect(core.findings.get('srv-1')?.responsible).toBe('村医');
  });

  it('lists what is missing instead of completing, then completes once everything is decided', async () => {
    await actions().complete();
    expect(state().ui.completionProblems?.map((p) => p.criterionId)).toEqual(['YN', 'NUM']);
    expect(methods()).not.toContain('setStatus');

    actions().closeCompletion();
    core.holding = true;
    actions().saveAnswer('YN', true);
    actions().markNotApplicable('NUM', '无床位');
    const completing = actions().complete();
    await flush();
    // Completion waits for the pending saves before it asks the core.
    expect(methods()).not.toContain('setStatus');
    core.releaseAll();
    await flush();
    expect(methods().at(-1)).toBe('setStatus');
    core.releaseAll();
    await completing;
    expect(methods().at(-1)).toBe('setStatus');
    expect(state().audit?.status).toBe('completed');

    actions().saveAnswer('YN', false);
    await flush();
    core.releaseAll();
    await flush();
    expect(state().audit?.status).toBe('in_progress');
  });

  it('refuses to complete while a change is not saved', async () => {
    core.failures = ['validation'];
    actions().saveAnswer('YN', true);
    await flush();
    await actions().complete();
    expect(state().statusError?.['en-US']).toMatch(/not saved/);
    expect(methods()).not.toContain('setStatus');
  });

  it('changes nothing on a signed audit', async () => {
    core.status = 'signed';
    await actions().load();
    actions().saveAnswer('YN', true);
    await actions().saveStaff({ name: '甲', qualification: 'village_doctor', verified: true });
    actions().markNotApplicable('NUM', '无');
    await actions().complete();
    expect(core.calls).toEqual([]);
    expect(state().answers).toEqual({});
    expect(state().rosters.staff).toEqual([]);
  });

  it('keeps the result object of every criterion a change did not touch', () => {
    const before = state().scoring?.results;
    actions().saveAnswer('YN', true);
    const after = state().scoring?.results;
    expect(after?.YN).not.toBe(before?.YN);
    expect(after?.NUM).toBe(before?.NUM);
    expect(after?.DOC).toBe(before?.DOC);
  });
});
