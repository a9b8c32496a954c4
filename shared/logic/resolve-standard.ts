import type { ProvincialVariant, Standard } from '../domain/standard';
import { AppError } from '../errors';
import { checkIssue, summarizeIssues, type CheckIssue } from './check-issue';

/** Why a variant cannot be applied to a standard; paths are fields of the variant file. */
export function variantIssues(standard: Standard, variant: ProvincialVariant): CheckIssue[] {
  if (variant.standardId !== standard.id) {
    return [
      checkIssue('standardId', 'check.variant_wrong_standard', {
        variant: variant.id,
        actual: variant.standardId,
        expected: standard.id,
      }),
    ];
  }
  const issues: CheckIssue[] = [];
  for (const [name, override] of Object.entries(variant.params)) {
    const base = Object.hasOwn(standard.params, name) ? standard.params[name] : undefined;
    if (!base) {
      issues.push(checkIssue(`params.${name}`, 'check.variant_unknown_param', { standard: standard.id, param: name }));
    } else if (typeof base.value === 'number' && typeof override.value !== 'number') {
      issues.push(checkIssue(`params.${name}.value`, 'check.variant_needs_number', { param: name }));
    } else if (Array.isArray(base.value) && !Array.isArray(override.value)) {
      issues.push(checkIssue(`params.${name}.value`, 'check.variant_needs_list', { param: name }));
    }
  }
  return issues;
}

/**
 * The standard as a province applies it: the variant's parameter values replace the national
 * defaults and its citations are appended, so an auditor sees where each value comes from.
 * Criteria are untouched; the inputs are not modified.
 */
export function resolveStandard(standard: Standard, variant: ProvincialVariant | null): Standard {
  if (!variant) return standard;
  const issues = variantIssues(standard, variant);
  if (issues.length > 0) {
    const details = summarizeIssues(issues);
    throw new AppError(
      'validation',
      { key: 'error.variant_invalid', params: { variant: variant.id, standard: standard.id, details } },
      { issues },
    );
  }
  const params: Standard['params'] = { ...standard.params };
  for (const [name, override] of Object.entries(variant.params)) {
    const base = params[name];
    if (base) params[name] = { ...base, value: override.value, sources: [...base.sources, ...override.sources] };
  }
  return { ...standard, params };
}
