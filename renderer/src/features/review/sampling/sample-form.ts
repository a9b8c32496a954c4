import type { FacilityLevel } from '../../../../../shared/domain/common';
import type { MessageKey } from '../../../../../shared/i18n/format';
import type { reviewContracts, Sample } from '../../../../../shared/ipc/contracts/review';
import type { ContractInput } from '../../../../../shared/ipc';

export type SampleInput = ContractInput<typeof reviewContracts.drawSample>;
export type SampleMethod = 'uniform' | 'risk_weighted';
export const SAMPLE_METHODS: readonly SampleMethod[] = ['uniform', 'risk_weighted'];

/** The form as typed: numbers may be empty while the reviewer edits them. */
export interface SampleFormValues {
  facilityCount: number | null;
  level: FacilityLevel | null;
  method: SampleMethod;
  criteriaCount: number | null;
  /** Empty: the core makes up a seed and records it. */
  seed: string;
}

export const MAX_FACILITIES = 10_000;
export const MAX_CRITERIA = 50;
export const MAX_SEED = 64;

export function initialSampleForm(level: FacilityLevel | undefined): SampleFormValues {
  return { facilityCount: 10, level: level ?? null, method: 'uniform', criteriaCount: 5, seed: '' };
}

export type SampleFormProblems = Partial<Record<'facilityCount' | 'criteriaCount' | 'seed', MessageKey>>;

const isWhole = (n: number | null, min: number, max: number): n is number =>
  n !== null && Number.isInteger(n) && n >= min && n <= max;

/** Checked here so the reviewer sees which field is wrong; the core checks the same bounds again. */
export function sampleFormProblems(values: SampleFormValues): SampleFormProblems {
  const problems: SampleFormProblems = {};
  if (!isWhole(values.facilityCount, 1, MAX_FACILITIES)) problems.facilityCount = 'ui.review.sample.count_invalid';
  if (!isWhole(values.criteriaCount, 0, MAX_CRITERIA)) problems.criteriaCount = 'ui.review.sample.criteria_invalid';
  if (values.seed.trim().length > MAX_SEED) problems.seed = 'ui.review.sample.seed_invalid';
  return problems;
}

/** The request for a valid form over the facilities of `path`; null while a field is wrong. */
export function sampleRequestOf(values: SampleFormValues, path: readonly string[]): SampleInput | null {
  if (Object.keys(sampleFormProblems(values)).length > 0) return null;
  const seed = values.seed.trim();
  return {
    path: [...path],
    facilityCount: values.facilityCount ?? 1,
    criteriaCount: values.criteriaCount ?? 0,
    method: values.method,
    ...(values.level ? { level: values.level } : {}),
    ...(seed ? { seed } : {}),
  };
}

/** A recorded draw back in the form, with its seed: drawing again reproduces it. */
export function formOfSample(sample: Sample): SampleFormValues {
  const { request } = sample;
  return {
    facilityCount: request.facilityCount,
    level: request.level ?? null,
    method: request.method,
    criteriaCount: request.criteriaCount,
    seed: sample.seed,
  };
}
