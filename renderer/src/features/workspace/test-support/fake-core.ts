import type { Answer, AuditStatus, DrugStock, EquipmentItem, StaffMember } from '../../../../../shared/domain/audit';
import type { DrugCatalog } from '../../../../../shared/domain/catalog';
import { StandardSchema, type StandardInput } from '../../../../../shared/domain/standard';
import type { ErrorCode } from '../../../../../shared/errors';
import { bilingual } from '../../../../../shared/i18n/format';
import type { AuditRecord } from '../../../../../shared/ipc/contracts/audits';
import type { Finding } from '../../../../../shared/ipc/contracts/findings';
import { editFindingContent, newFinding } from '../../../../../shared/logic/finding-record';
import { ClientError } from '../../../api/client';
import type { WorkspaceApi } from '../store';

/*
 * Test support for the workspace store and its keyboard: a small standard that has every kind
 * of result (blocking yes/no, number, staff, drugs, equipment) and a fake core behind the api.
 */

const t = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const src = [{ document: '测试', provenance: 'I' as const }];
const base = { howToVerify: t('查看', 'Look'), sources: src };

const standardInput: StandardInput = {
  format: 'dabiao.standard/1',
  id: 'ws',
  version: '1',
  level: 'village_clinic',
  title: t('工作区测试标准', 'Workspace fixture'),
  summary: t('测试', 'Test'),
  sources: src,
  drugCatalog: 'drugs',
  verdict: { passScore: 80, basicScore: 60 },
  sections: [
    {
      id: 'basic',
      title: t('基本', 'Basic'),
      category: 'floor',
      criteria: [
        { ...base, id: 'YN', kind: 'yes_no', title: t('有牌子', 'Has a sign'), weight: 1, blocking: true },
        { ...base, id: 'NUM', kind: 'number', title: t('床位', 'Beds'), unit: t('张', 'beds'), min: 2, weight: 1 },
      ],
    },
    {
      id: 'rosters',
      title: t('名册', 'Rosters'),
      category: 'staff',
      criteria: [
        {
          ...base,
          id: 'DOC',
          kind: 'roster_count',
          roster: 'staff',
          title: t('乡村医生', 'Village doctor'),
          qualifications: ['village_doctor'],
          min: 1,
          weight: 2,
          blocking: true,
        },
        { ...base, id: 'DRUG', kind: 'drug_coverage', title: t('药品', 'Drugs'), min: 2, weight: 1 },
        {
          ...base,
          id: 'EQ',
          kind: 'list_coverage',
          source: 'equipment_roster',
          title: t('设备', 'Equipment'),
          items: [{ id: 'bp', label: t('血压计', 'BP monitor'), equipmentCode: 'EQ-BP' }],
          weight: 1,
        },
      ],
    },
  ],
};
export const standard = StandardSchema.parse(standardInput);

export const drugCatalog: DrugCatalog = {
  format: 'dabiao.drug-catalog/1',
  id: 'drugs',
  version: '1',
  title: t('药品', 'Drugs'),
  completeness: { itemsIncluded: 3, note: t('测试', 'Test') },
  sources: ['test'],
  items: [
    { code: 'D1', genericName: '阿莫西林', pinyinInitials: 'amxl', category: 'x', group: 'chemical' },
    { code: 'D2', genericName: '布洛芬', pinyinInitials: 'blf', category: 'x', group: 'chemical' },
    { code: 'D3', genericName: '硝苯地平', pinyinInitials: 'xbdp', category: 'x', group: 'chemical' },
  ],
};

export const facts = { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: false };

interface Call {
  method: string;
  input: Record<string, unknown>;
}

/**
 * The core as the store sees it: keeps what was saved, answers each call at once or holds it
 * until the test releases it, and can refuse the next calls with a given error code.
 */
export class FakeCore {
  status: AuditStatus = 'draft';
  answers = new Map<string, Answer>();
  staff = new Map<string, StaffMember>();
  equipment = new Map<string, EquipmentItem>();
  drugs = new Map<string, DrugStock>();
  findings = new Map<string, Finding>();
  calls: Call[] = [];
  holding = false;
  held: (() => void)[] = [];
  failures: ErrorCode[] = [];
  private next = 0;

  record(): AuditRecord {
    return {
      id: 'audit-1',
      revision: 1,
      previousId: null,
      facilityId: 'fac-1',
      standardKey: 'ws@1',
      kind: 'on_site_inspection',
      announced: true,
      status: this.status,
      team: [],
      facts,
      auditDate: '2024-05-01',
      createdAt: '2024-05-01T00:00:00.000Z',
      updatedAt: '2024-05-01T00:00:00.000Z',
      completedAt: null,
    };
  }

  /** One mutating call: logged now, applied when it is answered (at once unless holding). */
  private call<T>(method: string, input: object, apply: () => T): Promise<T> {
    this.calls.push({ method, input: { ...input } });
    const failure = this.failures.shift();
    return new Promise<T>((resolve, reject) => {
      const answer = () => {
        if (failure) {
          reject(
            new ClientError(method, {
              code: failure,
              message: bilingual({ key: 'error.internal', params: { details: method } }),
            }),
          );
          return;
        }
        resolve(apply());
      };
      if (this.holding) this.held.push(answer);
      else answer();
    });
  }

  releaseAll(): void {
    const held = this.held;
    this.held = [];
    held.forEach((h) => h());
  }

  private edited(): void {
    if (this.status === 'draft' || this.status === 'completed') this.status = 'in_progress';
  }

  private id(): string {
    return `srv-${++this.next}`;
  }

  api(): WorkspaceApi {
    const row = <R extends { id: string }>(table: Map<string, R>, input: { auditId: string; id?: string }) => {
      const { auditId: _a, id, ...fields } = input;
      const saved = { ...fields, id: id ?? this.id() } as unknown as R;
      table.set(saved.id, saved);
      this.edited();
      return saved;
    };
    return {
      getAudit: async () => ({
        audit: this.record(),
        answers: [...this.answers.values()],
        rosters: {
          staff: [...this.staff.values()],
          equipment: [...this.equipment.values()],
          drugs: [...this.drugs.values()],
        },
        findings: [...this.findings.values()],
      }),
      getVerification: async () => null,
      getStandard: async () => ({
        summary: {
          key: 'ws@1',
          id: 'ws',
          version: '1',
          variant: null,
          level: 'village_clinic',
          title: standard.title,
          criteria: 5,
          blocking: 2,
          builtin: true,
        },
        standard,
      }),
      getFacility: async () => ({
        id: 'fac-1',
        code: 'VC-1',
        name: '测试村卫生室',
        level: 'village_clinic',
        adminPath: { province: '云南省', prefecture: '州', county: '县', township: '镇', village: '村' },
        flags: { ivServiceApproved: false, townshipSeat: false, sharedClinic: false, poorCounty: false },
        createdAt: '2024-05-01T00:00:00.000Z',
        updatedAt: '2024-05-01T00:00:00.000Z',
      }),
      getDrugCatalog: async () => drugCatalog,
      getEquipmentCatalog: async ({ id }) => {
        throw new ClientError('catalogs:get-equipment-catalog', {
          code: 'not_found',
          message: bilingual({ key: 'error.not_found', params: { what: 'catalogue', id } }),
        });
      },
      saveAnswer: (input) =>
        this.call('saveAnswer', input, () => {
          const { auditId: _a, ...answer } = input;
          const saved: Answer = { ...answer, answeredAt: '2024-05-01T01:00:00.000Z' };
          this.answers.set(input.criterionId, saved);
          this.edited();
          return saved;
        }),
      clearAnswer: (input) =>
        this.call('clearAnswer', input, () => {
          const cleared = this.answers.delete(input.criterionId);
          if (cleared) this.edited();
          return { cleared };
        }),
      setStatus: (input) =>
        this.call('setStatus', input, () => {
          this.status = input.status;
          return this.record();
        }),
      saveStaff: (input) => this.call('saveStaff', input, () => row(this.staff, { verified: false, ...input })),
      saveEquipment: (input) => this.call('saveEquipment', input, () => row(this.equipment, { count: 1, ...input })),
      saveDrug: (input) => this.call('saveDrug', input, () => row(this.drugs, input)),
      removeRow: (input) =>
        this.call('removeRow', input, () => {
          const table = { staff: this.staff, equipment: this.equipment, drugs: this.drugs }[input.roster];
          return { removed: table.delete(input.id) };
        }),
      createFinding: (input) =>
        this.call('createFinding', input, () => {
          const { auditId, ...content } = input;
          const finding = newFinding(content, { id: this.id(), auditId, at: 'x' });
          this.findings.set(finding.id, finding);
          return finding;
        }),
      updateFinding: (input) =>
        this.call('updateFinding', input, () => {
          const current = this.findings.get(input.id);
          if (!current) throw new Error(`no finding ${input.id}`);
          const next = editFindingContent(current, input);
          this.findings.set(next.id, next);
          return next;
        }),
      removeFinding: (input) => this.call('removeFinding', input, () => ({ removed: this.findings.delete(input.id) })),
    };
  }
}
