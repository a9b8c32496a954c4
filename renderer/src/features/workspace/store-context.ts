import type { Answer, Rosters } from '../../../../shared/domain/audit';
import type { LocalizedText } from '../../../../shared/domain/common';
import type { DrugCatalog, EquipmentCatalog } from '../../../../shared/domain/catalog';
import type { Facility } from '../../../../shared/domain/facility';
import type { AuditRecord } from '../../../../shared/ipc/contracts/audits';
import type { Finding } from '../../../../shared/ipc/contracts/findings';
import type { CompletionProblem } from '../../../../shared/logic/audit-state';
import type { Verdict } from '../../../../shared/logic/score-result';
import type { Client } from '../../api/client';
import type { QueueSnapshot, SaveQueue } from './save-queue';
import type { ScoreState } from './score-state';
import type { RosterTab, WorkspaceModel } from './workspace-model';

/** The part of the api the workspace uses; tests hand in a fake with the same shape. */
export type WorkspaceApi = Pick<
  Client,
  | 'getAudit'
  | 'getVerification'
  | 'getStandard'
  | 'getFacility'
  | 'getDrugCatalog'
  | 'getEquipmentCatalog'
  | 'saveAnswer'
  | 'clearAnswer'
  | 'setStatus'
  | 'saveStaff'
  | 'saveEquipment'
  | 'saveDrug'
  | 'removeRow'
  | 'createFinding'
  | 'updateFinding'
  | 'removeFinding'
>;

export type WorkspaceTab = 'criteria' | RosterTab | 'findings';
export type ViewMode = 'single' | 'list';

export interface FindingDraft {
  /** Set when editing an existing finding. */
  findingId?: string;
  criterionId: string;
  description: string;
  correctiveAction: string;
  responsible: string;
  deadline: string;
}

export interface WorkspaceUi {
  /** Index of the current criterion in the model's reading order. */
  current: number;
  mode: ViewMode;
  tab: WorkspaceTab;
  findingDraft: FindingDraft | undefined;
  shortcutsOpen: boolean;
  /** Problems found by the last completion check; the check dialog is open while set. */
  completionProblems: CompletionProblem[] | undefined;
}

/** The self-assessment an on-site inspection verifies: its answers are compared live. */
export interface VerificationBasis {
  auditId: string;
  auditDate: string;
  verdict: Verdict;
  score: number;
  answers: Readonly<Record<string, Answer>>;
}

export interface WorkspaceData {
  auditId: string;
  phase: 'loading' | 'ready' | 'failed';
  loadError: LocalizedText | undefined;
  audit: AuditRecord | undefined;
  facility: Facility | undefined;
  model: WorkspaceModel | undefined;
  drugCatalog: DrugCatalog | undefined;
  equipmentCatalog: EquipmentCatalog | undefined;
  /** Rows and findings carry the id the UI knows them by; see `serverId` for the core's id. */
  answers: Readonly<Record<string, Answer>>;
  rosters: Rosters;
  findings: readonly Finding[];
  scoring: ScoreState | undefined;
  /** null for an audit not started from a self-assessment. */
  basis: VerificationBasis | null;
  save: QueueSnapshot;
  undoDepth: number;
  statusBusy: boolean;
  statusError: LocalizedText | undefined;
  ui: WorkspaceUi;
}

type Setter = (partial: Partial<WorkspaceData> | ((state: WorkspaceData) => Partial<WorkspaceData>)) => void;

/** What the action groups share: state access, the save queue, undo and id mapping. */
export interface StoreContext {
  client: WorkspaceApi;
  get: () => WorkspaceData;
  set: Setter;
  queue: SaveQueue;
  /** false while loading and for signed or exported audits. */
  editable: () => boolean;
  /** Records how to take back a change; `undo` runs it through the same actions. */
  pushUndo: (revert: () => void) => void;
  /**
   * Rows and findings created here get a local id at once and keep it (it is the React key);
   * the core's id arrives with the acknowledgement. Read it when the call runs, not when queued.
   */
  ids: {
    get: (localId: string) => string | undefined;
    bind: (localId: string, serverId: string) => void;
    unbind: (localId: string) => void;
    fresh: () => string;
  };
  /** After an acknowledged content change, as the core does: draft or completed becomes in progress. */
  noteEdited: () => void;
  /** Recomputes the live score after answers or rosters changed (call inside the same set). */
  withScore: (next: Pick<WorkspaceData, 'answers' | 'rosters'>) => Partial<WorkspaceData>;
}
