import type { Answer } from '../domain/audit';
import { canonicalJson } from './canonical-json';

/**
 * How an on-site inspection stands against the self-assessment it verifies, per criterion
 * (平时收集信息加分、现场随机抽查扣分):
 * - pending: still the self-assessed answer copied in, not yet looked at on site;
 * - confirmed: saved on site with the same answer;
 * - corrected: saved on site with a different answer;
 * - added: answered on site where the self-assessment gave no answer.
 * A copied answer keeps the self-assessment's `answeredAt`; any save on site stamps a new one,
 * which is how a confirmation (the same value saved again) is told from an untouched copy.
 */
export const ONSITE_CHECKS = ['pending', 'confirmed', 'corrected', 'added'] as const;
export type OnSiteCheck = (typeof ONSITE_CHECKS)[number];

export interface OnSiteCheckItem {
  criterionId: string;
  check: OnSiteCheck;
  /** The self-assessed answer, null where the self-assessment gave none. */
  basis: Answer | null;
}

const stateOf = (a: Answer) => canonicalJson([a.value, a.notApplicableReason ?? null]);

export function onSiteCheck(basis: Answer | undefined, onSite: Answer | undefined): OnSiteCheck {
  if (!onSite) return 'pending';
  if (!basis) return 'added';
  const same = stateOf(basis) === stateOf(onSite);
  if (same && onSite.answeredAt === basis.answeredAt) return 'pending';
  return same ? 'confirmed' : 'corrected';
}

/** One item per criterion answered on either side, in the given criterion order then any others. */
export function onSiteChecks(
  order: readonly string[],
  basisAnswers: readonly Answer[],
  onSiteAnswers: readonly Answer[],
): OnSiteCheckItem[] {
  const basis = new Map(basisAnswers.map((a) => [a.criterionId, a]));
  const onSite = new Map(onSiteAnswers.map((a) => [a.criterionId, a]));
  const ids = [...new Set([...order, ...basis.keys(), ...onSite.keys()])].filter(
    (id) => basis.has(id) || onSite.has(id),
  );
  return ids.map((criterionId) => ({
    criterionId,
    check: onSiteCheck(basis.get(criterionId), onSite.get(criterionId)),
    basis: basis.get(criterionId) ?? null,
  }));
}

export function countChecks(items: readonly OnSiteCheckItem[]): Record<OnSiteCheck, number> {
  const counts: Record<OnSiteCheck, number> = { pending: 0, confirmed: 0, corrected: 0, added: 0 };
  for (const item of items) counts[item.check] += 1;
  return counts;
}
