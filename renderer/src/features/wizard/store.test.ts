import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Facility } from '../../../../shared/domain/facility';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';

const api = {
  listFacilities: vi.fn(),
  listStandards: vi.fn(),
  listVariants: vi.fn(),
  listAudits: vi.fn(),
  createAudit: vi.fn(),
  startVerification: vi.fn(),
};
vi.mock('../../api', () => ({ api }));

const { useWizardStore } = await import('./store');

const t = (s: string) => ({ 'zh-CN': s, 'en-US': s });
const clinic = { id: 'f1', name: '凉水村卫生室', level: 'village_clinic', variant: 'vc-yunnan' } as Facility;
const standards: StandardSummary[] = [null, 'vc-yunnan'].map((variant) => ({
  key: variant ? `vc@1+${variant}` : 'vc@1',
  id: 'vc',
  version: '1',
  variant,
  level: 'village_clinic',
  title: t('村卫生室'),
  criteria: 3,
  blocking: 1,
  builtin: true,
}));

describe('wizard store', () => {
  beforeEach(() => {
    for (const fn of Object.values(api)) fn.mockReset();
    api.listStandards.mockResolvedValue(standards);
    api.listVariants.mockResolvedValue([]);
    api.listAudits.mockResolvedValue([]);
    useWizardStore.getState().reset('2025-07-01', { name: '', organisation: '', role: 'inspector' });
  });

  it('starts with the signer from the settings in the team', () => {
    useWizardStore.getState().reset('2025-07-01', { name: ' 李明 ', organisation: '县卫健局', role: 'leader' });
    expect(useWizardStore.getState().team).toEqual([
      { rowId: expect.any(Number), name: '李明', role: 'leader', organisation: '县卫健局' },
    ]);
    expect(useWizardStore.getState().auditDate).toBe('2025-07-01');
  });

  it("pre-selects the standard with the facility's provincial variant", async () => {
    await useWizardStore.getState().chooseFacility(clinic);
    expect(api.listStandards).toHaveBeenCalledWith({ level: 'village_clinic' });
    expect(useWizardStore.getState()).toMatchObject({ standardKey: 'vc@1+vc-yunnan', suggestedKey: 'vc@1+vc-yunnan' });
  });

  it('refuses to move on from an incomplete step and says why', () => {
    expect(useWizardStore.getState().next()).toBe(false);
    expect(useWizardStore.getState()).toMatchObject({ step: 0, shownProblems: ['ui.wizard.need_facility'] });
  });

  it('jumps back freely but never past the first incomplete step', async () => {
    await useWizardStore.getState().chooseFacility(clinic);
    useWizardStore.getState().next();
    useWizardStore.getState().next();
    expect(useWizardStore.getState().step).toBe(2);
    useWizardStore.getState().goTo(4);
    expect(useWizardStore.getState().step).toBe(2);
    useWizardStore.getState().goTo(0);
    expect(useWizardStore.getState().step).toBe(0);
  });

  it('adds members up to the limit, the first as leader', () => {
    const first = useWizardStore.getState().addMember();
    useWizardStore.getState().addMember();
    expect(useWizardStore.getState().team.map((row) => row.role)).toEqual(['leader', 'inspector']);
    useWizardStore.getState().updateMember(first!, { name: '张三' });
    expect(useWizardStore.getState().team[0]?.name).toBe('张三');
    for (let i = 0; i < 40; i++) useWizardStore.getState().addMember();
    expect(useWizardStore.getState().team).toHaveLength(30);
    expect(useWizardStore.getState().addMember()).toBeNull();
  });

  it('creates the audit from the finished draft; a refusal stays on screen', async () => {
    await useWizardStore.getState().chooseFacility(clinic);
    expect(await useWizardStore.getState().create()).toBeNull();
    expect(api.createAudit).not.toHaveBeenCalled();

    useWizardStore.getState().setKind('self_assessment');
    const refusal = new Error('conflict');
    api.createAudit.mockRejectedValueOnce(refusal).mockResolvedValueOnce({ id: 'a1' });
    expect(await useWizardStore.getState().create()).toBeNull();
    expect(useWizardStore.getState()).toMatchObject({ error: refusal, creating: false });
    expect(await useWizardStore.getState().create()).toEqual({ id: 'a1' });
    expect(api.createAudit).toHaveBeenLastCalledWith({
      facilityId: 'f1',
      standardKey: 'vc@1+vc-yunnan',
      kind: 'self_assessment',
      announced: true,
      auditDate: '2025-07-01',
      team: [],
    });
  });

  it('starts an inspection from a chosen self-assessment, and forgets it for other kinds', async () => {
    const selfAssessment = {
      id: 'sa1',
      kind: 'self_assessment',
      status: 'completed',
      standardKey: 'vc@1+vc-yunnan',
      auditDate: '2025-06-01',
    };
    api.listAudits.mockResolvedValue([selfAssessment]);
    await useWizardStore.getState().chooseFacility(clinic);
    expect(api.listAudits).toHaveBeenCalledWith({ facilityId: 'f1', kind: 'self_assessment' });
    expect(useWizardStore.getState().facilityAudits).toEqual([selfAssessment]);

    useWizardStore.getState().setKind('on_site_inspection');
    useWizardStore.getState().setBasis('sa1');
    api.startVerification.mockResolvedValueOnce({ id: 'insp1' });
    expect(await useWizardStore.getState().create()).toEqual({ id: 'insp1' });
    expect(api.startVerification).toHaveBeenCalledWith({
      basisId: 'sa1',
      kind: 'on_site_inspection',
      announced: true,
      auditDate: '2025-07-01',
      team: [],
    });
    expect(api.createAudit).not.toHaveBeenCalled();

    useWizardStore.getState().setKind('follow_up');
    expect(useWizardStore.getState().basisId).toBeNull();
  });
});
