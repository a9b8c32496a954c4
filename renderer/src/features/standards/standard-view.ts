import type { Locale } from '../../../../shared/domain/common';
import type { Criterion, CriterionKind, Section, Standard, Threshold } from '../../../../shared/domain/standard';
import { bilingual, type Message } from '../../../../shared/i18n/format';

export interface CriteriaFilter {
  /** Matched against id, title, description and how-to-verify in the shown language. */
  query: string;
  blockingOnly: boolean;
  kind: CriterionKind | null;
}

export const NO_CRITERIA_FILTER: CriteriaFilter = { query: '', blockingOnly: false, kind: null };

function matches(criterion: Criterion, filter: CriteriaFilter, locale: Locale): boolean {
  if (filter.blockingOnly && !criterion.blocking) return false;
  if (filter.kind !== null && criterion.kind !== filter.kind) return false;
  const terms = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const text = [
    criterion.id,
    criterion.title[locale],
    criterion.description?.[locale] ?? '',
    criterion.howToVerify[locale],
  ]
    .join(' ')
    .toLowerCase();
  return terms.every((term) => text.includes(term));
}

/** Sections keep their order; a section with nothing left to show is left out. */
export function filterSections(sections: readonly Section[], filter: CriteriaFilter, locale: Locale): Section[] {
  return sections.flatMap((section) => {
    const criteria = section.criteria.filter((criterion) => matches(criterion, filter, locale));
    return criteria.length > 0 ? [{ ...section, criteria }] : [];
  });
}

/** A threshold in words: a number, a provincial parameter with its value, or a ratio of a facility fact. */
export function thresholdMessage(threshold: Threshold, standard: Standard): Message {
  if (typeof threshold === 'number') return { key: 'ui.criterion.threshold_value', params: { value: threshold } };
  if ('param' in threshold) {
    const param = standard.params[threshold.param];
    const value = typeof param?.value === 'number' ? param.value : threshold.param;
    return {
      key: 'ui.criterion.threshold_param',
      params: { value, param: param ? param.label : threshold.param },
    };
  }
  return {
    key: 'ui.criterion.threshold_ratio',
    params: { count: threshold.count, per: threshold.per, fact: `@fact.${threshold.ratioOf}` },
  };
}

const words = (threshold: Threshold, standard: Standard) => bilingual(thresholdMessage(threshold, standard));

/** What the criterion asks for, in one or two sentences (the scoring lives in shared/logic). */
export function ruleMessages(criterion: Criterion, standard: Standard): Message[] {
  switch (criterion.kind) {
    case 'yes_no':
      return [{ key: 'ui.criterion.rule_yes_no' }];
    case 'number': {
      const unit = criterion.unit;
      const out: Message[] = [];
      if (criterion.min !== undefined)
        out.push({ key: 'ui.criterion.rule_min', params: { min: words(criterion.min, standard), unit } });
      if (criterion.max !== undefined)
        out.push({ key: 'ui.criterion.rule_max', params: { max: words(criterion.max, standard), unit } });
      return out;
    }
    case 'area':
      return [{ key: 'ui.criterion.rule_area', params: { min: words(criterion.min, standard) } }];
    case 'roster_count': {
      const qualifications = criterion.qualifications.map((q) => `@qualification.${q}`).join('|');
      const out: Message[] = [
        { key: 'ui.criterion.rule_roster', params: { min: words(criterion.min, standard), qualifications } },
      ];
      if (criterion.verifiedOnly) out.push({ key: 'ui.criterion.rule_verified_only' });
      if (criterion.eachDepartment) {
        out.push({
          key: 'ui.criterion.rule_each_department',
          params: { departments: criterion.eachDepartment.join(', ') },
        });
      }
      return out;
    }
    case 'list_coverage': {
      const required =
        criterion.required === undefined ? criterion.items.length : requiredCount(criterion.required, standard);
      const min =
        criterion.min === undefined
          ? { 'zh-CN': String(required), 'en-US': String(required) }
          : words(criterion.min, standard);
      const source =
        criterion.source === 'equipment_roster' ? 'ui.criterion.source_equipment' : 'ui.criterion.source_answer';
      return [{ key: 'ui.criterion.rule_list', params: { min, required, source: `@${source}` } }];
    }
    case 'drug_coverage':
      return [
        {
          key: criterion.essentialOnly ? 'ui.criterion.rule_drugs_essential' : 'ui.criterion.rule_drugs',
          params: { min: words(criterion.min, standard) },
        },
      ];
    case 'text':
      return [{ key: criterion.required ? 'ui.criterion.rule_text_required' : 'ui.criterion.rule_text_optional' }];
    case 'grade':
      return [{ key: 'ui.criterion.rule_grade', params: { grade: criterion.minGrade } }];
  }
}

function requiredCount(ref: string[] | { param: string }, standard: Standard): number {
  if (Array.isArray(ref)) return ref.length;
  const value = standard.params[ref.param]?.value;
  return Array.isArray(value) ? value.length : 0;
}

/** Parameter ids whose value the provincial variant changed (compared with the national base). */
export function overriddenParams(resolved: Standard, base: Standard | null): Set<string> {
  if (!base) return new Set();
  return new Set(
    Object.entries(resolved.params)
      .filter(([id, param]) => JSON.stringify(base.params[id]?.value) !== JSON.stringify(param.value))
      .map(([id]) => id),
  );
}
