import type { Verdict } from '../score-result';

/**
 * Risk weights of a risk-weighted draw (明查暗访 favours where problems are likely): a facility
 * whose current audit fails weighs 3, one never audited 2, a basic pass 1.5, a pass 1.
 */
export const RISK_WEIGHTS = { fail: 3, never_audited: 2, basic: 1.5, pass: 1 } as const;

export const riskWeight = (verdict: Verdict | null): number => RISK_WEIGHTS[verdict ?? 'never_audited'];

export interface Candidate {
  id: string;
  /** Positive; 1 for every candidate in a uniform draw. */
  weight: number;
}

/**
 * Weighted sampling without replacement (Efraimidis & Spirakis, 2006): each candidate, in the
 * given order, draws u and gets the key u^(1/weight); the `count` largest keys win. With equal
 * weights this is a uniform sample. The same order and the same random stream give the same
 * sample, which is what makes a recorded seed reproducible. Returns ids in the given order.
 */
export function drawWeighted(candidates: readonly Candidate[], count: number, random: () => number): string[] {
  const keyed = candidates.map((c, order) => ({ id: c.id, order, key: Math.pow(random(), 1 / c.weight) }));
  return keyed
    .sort((a, b) => b.key - a.key || a.order - b.order)
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.id);
}

/** `count` distinct items, uniformly (a partial Fisher–Yates shuffle), kept in the items' order. */
export function drawItems<T>(items: readonly T[], count: number, random: () => number): T[] {
  const indices = items.map((_, i) => i);
  const take = Math.min(count, indices.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j] ?? i, indices[i] ?? j];
  }
  return indices
    .slice(0, take)
    .sort((a, b) => a - b)
    .map((i) => items[i] as T);
}
