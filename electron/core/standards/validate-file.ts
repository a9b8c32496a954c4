import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { DrugCatalogSchema, EquipmentCatalogSchema } from '../../../shared/domain/catalog';
import { ProvincialVariantSchema, StandardSchema } from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import { checkCatalog } from '../../../shared/logic/catalog-check';
import { checkIssue } from '../../../shared/logic/check-issue';
import { checkStandard } from '../../../shared/logic/standard-check';
import { formatPath, type FieldIssue } from '../../../shared/validation';
import { checkFileSize } from '../files/table-file';
import type { BuiltinResources } from './builtin';
import { catalogsFor, checkVariantAgainst } from './builtin-checks';
import { parseJsonText } from './json-text';

export type StandardFileKind = 'standard' | 'variant' | 'drug-catalog' | 'equipment-catalog';
export interface StandardFileValidation {
  kind: StandardFileKind;
  id: string;
  issues: FieldIssue[];
}

const FORMATS: Record<string, StandardFileKind> = {
  'dabiao.standard/1': 'standard',
  'dabiao.variant/1': 'variant',
  'dabiao.drug-catalog/1': 'drug-catalog',
  'dabiao.equipment-catalog/1': 'equipment-catalog',
};
/** A full national drug list is well under this; anything bigger is not a file we wrote. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Zod issues with exact paths, in English and (from zod's own locale) Chinese. */
function schemaIssues<S extends z.ZodType>(schema: S, data: unknown): { value?: z.output<S>; issues: FieldIssue[] } {
  const en = schema.safeParse(data);
  if (en.success) return { value: en.data, issues: [] };
  const zh = schema.safeParse(data, { error: z.locales.zhCN().localeError });
  const zhIssues = zh.success ? [] : zh.error.issues;
  return {
    issues: en.error.issues.map((issue, k) => {
      const path = formatPath(issue.path);
      const zhIssue = zhIssues[k];
      const zhMessage = zhIssue && formatPath(zhIssue.path) === path ? zhIssue.message : issue.message;
      return { path, message: issue.message, localized: { 'zh-CN': zhMessage, 'en-US': issue.message } };
    }),
  };
}

function validateData(kind: StandardFileKind, data: unknown, resources: BuiltinResources): FieldIssue[] {
  switch (kind) {
    case 'standard': {
      const { value, issues } = schemaIssues(StandardSchema, data);
      if (!value) return issues;
      const refs = catalogsFor(value, resources);
      return [...refs.issues, ...checkStandard(value, refs.catalogs)];
    }
    case 'variant': {
      const { value, issues } = schemaIssues(ProvincialVariantSchema, data);
      return value ? checkVariantAgainst(value, resources) : issues;
    }
    case 'drug-catalog': {
      const { value, issues } = schemaIssues(DrugCatalogSchema, data);
      return value ? checkCatalog(value) : issues;
    }
    case 'equipment-catalog': {
      const { value, issues } = schemaIssues(EquipmentCatalogSchema, data);
      return value ? checkCatalog(value) : issues;
    }
  }
}

function readText(path: string): string {
  try {
    checkFileSize(statSync(path).size, MAX_BYTES);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const details = error instanceof Error ? error.message : String(error);
    throw new AppError('bad_file', { key: 'file.unreadable', params: { name: path, details } });
  }
}

/** Unparsable text still usually shows what it was meant to be. */
function guessFromText(raw: string, path: string): { kind: StandardFileKind; id: string } {
  const format = /"format"\s*:\s*"([^"]+)"/.exec(raw)?.[1];
  const id = /"id"\s*:\s*"([^"]+)"/.exec(raw)?.[1];
  return { kind: (format && FORMATS[format]) || 'standard', id: id ?? basename(path, '.json') };
}

/**
 * Checks any Dabiao standards file (standard, provincial variant, drug or equipment catalogue)
 * against the schema and the semantic rules, with catalogues and base standards taken from
 * `resources`. Schema issues come first; semantic checks run once the shape is right. Never
 * throws for bad content — only for a file that cannot be read.
 */
export function validateStandardFile(path: string, resources: BuiltinResources): StandardFileValidation {
  const raw = readText(path);
  const parsed = parseJsonText(raw);
  if (!parsed.ok) {
    const params = { line: parsed.line, column: parsed.column, details: parsed.message };
    return { ...guessFromText(raw, path), issues: [checkIssue('(root)', 'check.invalid_json', params)] };
  }
  const data = parsed.value;
  const record =
    typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const id = typeof record.id === 'string' ? record.id : basename(path, '.json');
  const kind = typeof record.format === 'string' ? FORMATS[record.format] : undefined;
  if (!kind) {
    return {
      kind: 'standard',
      id,
      issues: [checkIssue('format', 'check.unknown_format', { expected: Object.keys(FORMATS).join(', ') })],
    };
  }
  return { kind, id, issues: validateData(kind, data, resources) };
}
