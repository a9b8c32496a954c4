import { z } from 'zod';
import {
  DrugStockInputSchema,
  EquipmentItemInputSchema,
  StaffMemberInputSchema,
  type AnswerValue,
} from '../../../shared/domain/audit';
import { CodeSchema, type LocalizedText } from '../../../shared/domain/common';
import type { Criterion, Standard } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import { bilingual, type Message } from '../../../shared/i18n/format';
import { parseOrThrow } from '../../../shared/validation';
import { parseAnswerValue } from './answer-parse';
import { answerShape, both } from './audit-form-layout';

/** Answers and roster rows read from a filled form (XLSX) or a JSON file, before anything is saved. */
export interface FillAnswer {
  criterionId: string;
  value: AnswerValue | null;
  notApplicableReason?: string;
  note?: string;
}
export const FillStaffSchema = StaffMemberInputSchema.extend({ id: z.string().min(1).max(64).optional() }).strict();
export const FillEquipmentSchema = EquipmentItemInputSchema.extend({
  id: z.string().min(1).max(64).optional(),
}).strict();
export const FillDrugSchema = DrugStockInputSchema.extend({ id: z.string().min(1).max(64).optional() }).strict();
export type FillStaff = z.output<typeof FillStaffSchema>;
export type FillEquipment = z.output<typeof FillEquipmentSchema>;
export type FillDrug = z.output<typeof FillDrugSchema>;

export interface FillError {
  sheet: string;
  row: number;
  column: string;
  message: LocalizedText;
}

export interface AuditFill {
  answers: FillAnswer[];
  staff: FillStaff[];
  equipment: FillEquipment[];
  drugs: FillDrug[];
  errors: FillError[];
}

export function criterionIndex(standard: Standard): Map<string, Criterion> {
  return new Map(standard.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
}

export type AnswerCheck =
  { ok: true; answer: FillAnswer } | { ok: false; column: 'answer' | 'note' | 'naReason'; message: Message };

/**
 * One criterion's cells to one answer: a not-applicable reason means value null, a note needs
 * an answer to belong to, and roster-derived criteria take no direct value.
 */
export function interpretAnswer(
  criterion: Criterion,
  raw: unknown,
  naReason: string | undefined,
  note: string | undefined,
): AnswerCheck | null {
  const shape = answerShape(criterion);
  const derived = shape === 'staff' || shape === 'equipment' || shape === 'drugs';
  // The form writes a "(computed)" marker into derived answer cells; it is not an answer.
  const hasValue =
    raw !== undefined && raw !== null && raw !== '' && !(derived && both('form.derived').includes(String(raw)));
  const extra = note ? { note } : {};
  if (naReason) {
    if (hasValue)
      return {
        ok: false,
        column: 'naReason',
        message: { key: 'form.answer_and_na', params: { criterion: criterion.id } },
      };
    return { ok: true, answer: { criterionId: criterion.id, value: null, notApplicableReason: naReason, ...extra } };
  }
  if (!hasValue) {
    return note
      ? { ok: false, column: 'note', message: { key: 'form.note_without_answer', params: { criterion: criterion.id } } }
      : null;
  }
  const parsed = parseAnswerValue(criterion, raw);
  if (!parsed.ok) return { ok: false, column: 'answer', message: parsed.message };
  return { ok: true, answer: { criterionId: criterion.id, value: parsed.value, ...extra } };
}

export const FILL_JSON_FORMAT = 'dabiao.audit-fill/1';

export const FillJsonSchema = z
  .object({
    format: z.literal(FILL_JSON_FORMAT).optional(),
    /** When given, the standard (`id` or `id@version...`) the answers were written for. */
    standard: z.string().min(1).max(200).optional(),
    answers: z
      .array(
        z
          .object({
            criterionId: CodeSchema,
            /** Item labels are accepted as well as ids, so lists are plain strings here. */
            value: z
              .union([
                z.boolean(),
                z.number().finite(),
                z.string().max(4000),
                z.array(z.string().max(200)).max(500),
                z.null(),
              ])
              .optional(),
            notApplicableReason: z.string().trim().min(1).max(1000).optional(),
            note: z.string().max(4000).optional(),
          })
          .strict(),
      )
      .max(5000)
      .default([]),
    staff: z.array(FillStaffSchema).max(5000).default([]),
    equipment: z.array(FillEquipmentSchema).max(5000).default([]),
    drugs: z.array(FillDrugSchema).max(20_000).default([]),
  })
  .strict();
export type FillJson = z.input<typeof FillJsonSchema>;

export function checkStandardMatch(found: string, standard: Standard): void {
  const [id, rest] = found.split('@');
  const version = rest?.split('+')[0];
  if (id !== standard.id || (version !== undefined && version !== standard.version)) {
    throw new AppError('bad_file', {
      key: 'form.wrong_standard',
      params: { found, expected: `${standard.id}@${standard.version}` },
    });
  }
}

/** The same content as the XLSX form, as JSON; structural errors throw with the exact field path. */
export function readAuditJson(text: string, standard: Standard): AuditFill {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('bad_file', {
      key: 'file.bad_json',
      params: { details: error instanceof Error ? error.message : String(error) },
    });
  }
  const fill = parseOrThrow(FillJsonSchema, json, 'audit fill JSON');
  if (fill.standard) checkStandardMatch(fill.standard, standard);
  const criteria = criterionIndex(standard);
  const answers: FillAnswer[] = [];
  const errors: FillError[] = [];
  const seen = new Set<string>();
  fill.answers.forEach((entry, i) => {
    const fail = (column: string, message: Message) =>
      errors.push({ sheet: 'answers', row: i + 1, column, message: bilingual(message) });
    const criterion = criteria.get(entry.criterionId);
    if (!criterion)
      return fail('criterionId', {
        key: 'error.unknown_criterion',
        params: { standard: standard.id, criterion: entry.criterionId },
      });
    if (seen.has(criterion.id))
      return fail('criterionId', { key: 'form.duplicate_criterion', params: { criterion: criterion.id } });
    seen.add(criterion.id);
    if (entry.value === null && !entry.notApplicableReason) {
      return fail('notApplicableReason', { key: 'error.na_reason_required', params: { criterion: criterion.id } });
    }
    const check = interpretAnswer(criterion, entry.value, entry.notApplicableReason, entry.note);
    if (check === null) return undefined;
    if (!check.ok)
      return fail(
        check.column === 'naReason' ? 'notApplicableReason' : check.column === 'answer' ? 'value' : 'note',
        check.message,
      );
    answers.push(check.answer);
    return undefined;
  });
  return { answers, staff: fill.staff, equipment: fill.equipment, drugs: fill.drugs, errors };
}
