import type { AuditKind, AuditSummary, TeamMember } from '../../../../shared/domain/audit';
import type { Facility } from '../../../../shared/domain/facility';
import type { MessageKey } from '../../../../shared/i18n/format';
import type { ContractInput } from '../../../../shared/ipc';
import type { auditsContracts } from '../../../../shared/ipc/contracts/audits';
import type { StandardSummary } from '../../../../shared/ipc/contracts/standards';
import type { verificationContracts } from '../../../../shared/ipc/contracts/verification';

export const WIZARD_STEPS = ['facility', 'standard', 'kind', 'team', 'confirm'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export const LAST_STEP = WIZARD_STEPS.length - 1;

export type TeamRole = TeamMember['role'];
/** The contract's limit on team size. */
export const MAX_TEAM = 30;

export interface TeamRow {
  /** Stable React key while rows are added and removed. */
  rowId: number;
  name: string;
  role: TeamRole;
  organisation: string;
}

/** What the wizard has gathered so far. */
export interface WizardDraft {
  facility: Facility | null;
  standardKey: string | null;
  kind: AuditKind | null;
  announced: boolean;
  auditDate: string;
  team: TeamRow[];
  /** The self-assessment an on-site inspection or spot check starts from; null: start empty. */
  basisId: string | null;
}

/** Kinds that verify a self-assessment on site, and so may start from one. */
export const VERIFYING_KINDS: readonly AuditKind[] = ['on_site_inspection', 'spot_check'];

/** Finished self-assessments of the chosen standard: what an inspection can start from. */
export function basisOptions(audits: readonly AuditSummary[], standardKey: string | null): AuditSummary[] {
  const final = new Set(['completed', 'signed', 'exported']);
  return audits
    .filter((a) => a.kind === 'self_assessment' && final.has(a.status) && a.standardKey === standardKey)
    .sort((a, b) => b.auditDate.localeCompare(a.auditDate));
}

export type CreateAuditInput = ContractInput<(typeof auditsContracts)['createAudit']>;

const newestVersionFirst = (a: StandardSummary, b: StandardSummary) =>
  b.version.localeCompare(a.version, 'en', { numeric: true });

/**
 * The standard the core would choose itself (StandardRegistry.defaultKeyFor): the newest
 * built-in national standard of the facility's level, with the facility's provincial variant
 * when that variant is installed for it.
 */
export function defaultStandardKey(
  standards: readonly StandardSummary[],
  facility: Pick<Facility, 'level' | 'variant'>,
): string | null {
  const ofLevel = standards.filter((s) => s.level === facility.level);
  const base = ofLevel.filter((s) => s.builtin && s.variant === null).sort(newestVersionFirst)[0];
  if (!base) return ofLevel[0]?.key ?? null;
  const withVariant = ofLevel.find(
    (s) => s.id === base.id && s.version === base.version && s.variant === facility.variant,
  );
  return withVariant && facility.variant ? withVariant.key : base.key;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why the step cannot be left forwards yet; empty when it can. */
export function stepProblems(draft: WizardDraft, step: number): MessageKey[] {
  switch (WIZARD_STEPS[step]) {
    case 'facility':
      return draft.facility ? [] : ['ui.wizard.need_facility'];
    case 'standard':
      return draft.standardKey ? [] : ['ui.wizard.need_standard'];
    case 'kind': {
      const problems: MessageKey[] = [];
      if (!draft.kind) problems.push('ui.wizard.need_kind');
      if (!ISO_DATE.test(draft.auditDate) || Number.isNaN(Date.parse(draft.auditDate))) {
        problems.push('ui.wizard.need_date');
      }
      return problems;
    }
    case 'team': {
      const problems: MessageKey[] = [];
      if (draft.team.some((row) => row.name.trim() === '')) problems.push('ui.wizard.member_name_missing');
      if (draft.team.length > MAX_TEAM) problems.push('ui.wizard.team_too_large');
      return problems;
    }
    default:
      return [];
  }
}

/** The first step that still has something missing (the confirm step when nothing is). */
export function firstIncompleteStep(draft: WizardDraft): number {
  const index = WIZARD_STEPS.findIndex((_, step) => stepProblems(draft, step).length > 0);
  return index === -1 ? LAST_STEP : index;
}

/** Null until every step is complete. */
export function createAuditInput(draft: WizardDraft): CreateAuditInput | null {
  if (firstIncompleteStep(draft) !== LAST_STEP || !draft.facility || !draft.standardKey || !draft.kind) return null;
  return {
    facilityId: draft.facility.id,
    standardKey: draft.standardKey,
    kind: draft.kind,
    announced: draft.announced,
    auditDate: draft.auditDate,
    team: draft.team.map((row) => {
      const organisation = row.organisation.trim();
      return { name: row.name.trim(), role: row.role, ...(organisation ? { organisation } : {}) };
    }),
  };
}

export type StartVerificationInput = ContractInput<(typeof verificationContracts)['startVerification']>;

/** For an inspection that starts from a self-assessment; null otherwise or until every step is complete. */
export function verificationInput(draft: WizardDraft): StartVerificationInput | null {
  const input = createAuditInput(draft);
  if (!input || !draft.basisId || !VERIFYING_KINDS.includes(input.kind)) return null;
  const { facilityId: _f, standardKey: _s, kind, ...rest } = input;
  return { ...rest, basisId: draft.basisId, kind: kind === 'spot_check' ? 'spot_check' : 'on_site_inspection' };
}

/** Today in the computer's own time zone: an audit made at 7 a.m. in Yunnan is not yesterday's. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
