import type { AuditFacts } from '../domain/audit';
import type { LocalizedText } from '../domain/common';
import type { Condition, FactName, Standard, Threshold } from '../domain/standard';
import { bilingual, type MessageParams } from '../i18n/format';

export function factValue(facts: AuditFacts, fact: FactName): number | boolean | undefined {
  switch (fact) {
    case 'service_population':
      return facts.servicePopulation;
    case 'resident_population':
      return facts.residentPopulation;
    case 'beds':
      return facts.beds;
    case 'iv_service_approved':
      return facts.ivServiceApproved;
    case 'township_seat':
      return facts.townshipSeat;
    case 'shared_clinic':
      return facts.sharedClinic;
    case 'poor_county':
      return facts.poorCounty;
  }
}

/**
 * true / false, or undefined when a fact the condition needs was not recorded.
 * Callers treat undefined as "applies": an unknown population must not let a floor criterion slip.
 */
export function evaluateCondition(condition: Condition, facts: AuditFacts): boolean | undefined {
  if ('all' in condition)
    return combine(
      condition.all.map((c) => evaluateCondition(c, facts)),
      'all',
    );
  if ('any' in condition)
    return combine(
      condition.any.map((c) => evaluateCondition(c, facts)),
      'any',
    );
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, facts);
    return inner === undefined ? undefined : !inner;
  }
  const actual = factValue(facts, condition.fact);
  if (actual === undefined) return undefined;
  const expected = condition.value;
  switch (condition.op) {
    case 'eq':
      return actual === expected;
    case 'gt':
      return Number(actual) > Number(expected);
    case 'gte':
      return Number(actual) >= Number(expected);
    case 'lt':
      return Number(actual) < Number(expected);
    case 'lte':
      return Number(actual) <= Number(expected);
  }
}

function combine(values: (boolean | undefined)[], mode: 'all' | 'any'): boolean | undefined {
  if (mode === 'all') {
    if (values.includes(false)) return false;
    return values.includes(undefined) ? undefined : true;
  }
  if (values.includes(true)) return true;
  return values.includes(undefined) ? undefined : false;
}

/** The condition in words, both languages: shown as the reason a criterion does not apply. */
export function describeCondition(condition: Condition): LocalizedText {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const joiner = 'all' in condition ? 'condition.and' : 'condition.or';
    const described = parts.map(describeCondition);
    const join = (locale: 'zh-CN' | 'en-US') =>
      described.map((d) => d[locale]).join(bilingual({ key: joiner })[locale]);
    return { 'zh-CN': join('zh-CN'), 'en-US': join('en-US') };
  }
  if ('not' in condition) {
    const inner = describeCondition(condition.not);
    const prefix = bilingual({ key: 'condition.not' });
    return { 'zh-CN': prefix['zh-CN'] + inner['zh-CN'], 'en-US': prefix['en-US'] + inner['en-US'] };
  }
  const fact = bilingual({ key: `fact.${condition.fact}` });
  const op = bilingual({ key: `op.${condition.op}` });
  const value: MessageParams[string] =
    typeof condition.value === 'boolean'
      ? bilingual({ key: condition.value ? 'bool.true' : 'bool.false' })
      : condition.value;
  const v = (locale: 'zh-CN' | 'en-US') => (typeof value === 'object' ? value[locale] : String(value));
  return {
    'zh-CN': `${fact['zh-CN']}${op['zh-CN']}${v('zh-CN')}`,
    'en-US': `${fact['en-US']} ${op['en-US']} ${v('en-US')}`,
  };
}

export type ResolvedThreshold = { ok: true; value: number } | { ok: false; missingFact: FactName };

/** Literal, provincial parameter, or ratio of a facility fact (rounded up: 1.2 doctors means 2). */
export function resolveThreshold(threshold: Threshold, standard: Standard, facts: AuditFacts): ResolvedThreshold {
  if (typeof threshold === 'number') return { ok: true, value: threshold };
  if ('param' in threshold) {
    const param = standard.params[threshold.param];
    if (!param || typeof param.value !== 'number') {
      throw new Error(`standard ${standard.id} has no numeric param ${threshold.param}`);
    }
    return { ok: true, value: param.value };
  }
  const base = factValue(facts, threshold.ratioOf);
  if (typeof base !== 'number') return { ok: false, missingFact: threshold.ratioOf };
  return { ok: true, value: Math.ceil((base / threshold.per) * threshold.count) };
}

export function resolveItemList(ref: string[] | { param: string }, standard: Standard): string[] {
  if (Array.isArray(ref)) return ref;
  const param = standard.params[ref.param];
  if (!param || !Array.isArray(param.value)) throw new Error(`standard ${standard.id} has no list param ${ref.param}`);
  return param.value;
}
