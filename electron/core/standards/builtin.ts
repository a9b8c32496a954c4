import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  DrugCatalogSchema,
  EquipmentCatalogSchema,
  type DrugCatalog,
  type EquipmentCatalog,
} from '../../../shared/domain/catalog';
import {
  ProvincialVariantSchema,
  StandardSchema,
  type ProvincialVariant,
  type Standard,
} from '../../../shared/domain/standard';
import { AppError } from '../../../shared/errors';
import { checkCatalog } from '../../../shared/logic/catalog-check';
import { checkIssue, summarizeIssues, type CheckIssue } from '../../../shared/logic/check-issue';
import { checkStandard } from '../../../shared/logic/standard-check';
import { parseOrThrow } from '../../../shared/validation';
import { catalogsFor, checkVariantAgainst } from './builtin-checks';
import { parseJsonText } from './json-text';

export interface BuiltinResources {
  standards: Standard[];
  variants: ProvincialVariant[];
  drugCatalogs: DrugCatalog[];
  equipmentCatalogs: EquipmentCatalog[];
}

export const RESOURCES_ENV = 'DABIAO_RESOURCES_DIR';

/**
 * `<repo>/resources`, found by walking up from this module: it runs from
 * electron/core/standards under tsx and vitest, and from out/main once bundled. The packaged
 * app sets DABIAO_RESOURCES_DIR to process.resourcesPath + '/resources'.
 */
export function defaultResourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[RESOURCES_ENV];
  if (override) return resolve(override);
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(dir, 'package.json')) && existsSync(join(candidate, 'standards'))) return candidate;
    if (dirname(dir) === dir) {
      throw new AppError('not_found', { key: 'error.resources_missing', params: { path: join(start, 'resources') } });
    }
  }
}

function invalid(file: string, issues: CheckIssue[]): AppError {
  return new AppError(
    'validation',
    { key: 'error.builtin_invalid', params: { file, details: summarizeIssues(issues) } },
    { file, issues },
  );
}

interface Loaded<T> {
  file: string;
  value: T;
}

/** Every *.json under `resourcesDir/sub`, parsed by `schema`; a missing folder holds nothing. */
function loadFolder<S extends z.ZodType>(resourcesDir: string, sub: string, schema: S): Loaded<z.output<S>>[] {
  const dir = join(resourcesDir, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = `${sub}/${name}`;
      const parsed = parseJsonText(readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) {
        throw invalid(file, [
          checkIssue('(root)', 'check.invalid_json', {
            line: parsed.line,
            column: parsed.column,
            details: parsed.message,
          }),
        ]);
      }
      return { file, value: parseOrThrow(schema, parsed.value, file) };
    });
}

/** Refuses two files that claim the same identity: which one wins would depend on file names. */
function requireUnique<T>(items: Loaded<T>[], keyOf: (value: T) => string): void {
  const seen = new Map<string, string>();
  for (const { file, value } of items) {
    const key = keyOf(value);
    const first = seen.get(key);
    if (first) throw invalid(file, [checkIssue('id', 'check.duplicate_resource', { id: key, file: first })]);
    seen.set(key, file);
  }
}

/**
 * Reads and validates the built-in standards, provincial variants and catalogues. Anything
 * wrong — bad JSON, a schema violation, a dangling reference, a variant that does not fit its
 * standard — throws a `validation` AppError naming the file and the field, before any caller
 * can store a half-checked record.
 */
export function loadBuiltinResources(resourcesDir: string): BuiltinResources {
  if (!existsSync(join(resourcesDir, 'standards'))) {
    throw new AppError('not_found', {
      key: 'error.resources_missing',
      params: { path: join(resourcesDir, 'standards') },
    });
  }
  const drugs = loadFolder(resourcesDir, 'catalogs/drugs', DrugCatalogSchema);
  const equipment = loadFolder(resourcesDir, 'catalogs/equipment', EquipmentCatalogSchema);
  const standards = loadFolder(resourcesDir, 'standards', StandardSchema);
  const variants = loadFolder(resourcesDir, 'standards/variants', ProvincialVariantSchema);
  requireUnique(drugs, (c) => c.id);
  requireUnique(equipment, (c) => c.id);
  requireUnique(standards, (s) => `${s.id}@${s.version}`);
  requireUnique(variants, (v) => `${v.standardId}/${v.id}`);

  for (const { file, value } of [...drugs, ...equipment]) {
    const issues = checkCatalog(value);
    if (issues.length > 0) throw invalid(file, issues);
  }
  const resources: BuiltinResources = {
    standards: standards.map((s) => s.value),
    variants: variants.map((v) => v.value),
    drugCatalogs: drugs.map((c) => c.value),
    equipmentCatalogs: equipment.map((c) => c.value),
  };
  for (const { file, value } of standards) {
    const { catalogs, issues } = catalogsFor(value, resources);
    issues.push(...checkStandard(value, catalogs));
    if (issues.length > 0) throw invalid(file, issues);
  }
  for (const { file, value } of variants) {
    const issues = checkVariantAgainst(value, resources);
    if (issues.length > 0) throw invalid(file, issues);
  }
  return resources;
}
