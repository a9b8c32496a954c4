import { createHash } from 'node:crypto';
import type { ProvincialVariant, Standard } from '../../../shared/domain/standard';
import type { StandardSummary } from '../../../shared/ipc/contracts/standards';
import { canonicalJson } from '../../../shared/logic/canonical-json';
import type { StandardRecord } from '../db/repositories/standards';

export const standardKey = (standardId: string, version: string, variantId: string | null): string =>
  `${standardId}@${version}${variantId ? `+${variantId}` : ''}`;

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The stored form: canonical JSON, so the digest is the same on every machine. */
export function stored(value: unknown): { json: string; sha256: string } {
  const json = canonicalJson(value);
  return { json, sha256: sha256Hex(json) };
}

export function standardRecord(
  resolved: Standard,
  variant: ProvincialVariant | null,
  builtin: boolean,
  createdAt: string,
): StandardRecord {
  const variantId = variant?.id ?? null;
  return {
    key: standardKey(resolved.id, resolved.version, variantId),
    standardId: resolved.id,
    version: resolved.version,
    variantId,
    level: resolved.level,
    builtin,
    ...stored(resolved),
    createdAt,
  };
}

export function summarize(record: StandardRecord, standard: Standard): StandardSummary {
  const criteria = standard.sections.flatMap((s) => s.criteria);
  return {
    key: record.key,
    id: record.standardId,
    version: record.version,
    variant: record.variantId,
    level: record.level,
    title: standard.title,
    criteria: criteria.length,
    blocking: criteria.filter((c) => c.blocking).length,
    builtin: record.builtin,
  };
}

/** Newest first: later effective date, then the higher version code (numeric-aware). */
export function newestFirst(a: Standard, b: Standard): number {
  const byDate = (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? '');
  return byDate !== 0 ? byDate : b.version.localeCompare(a.version, 'en', { numeric: true });
}
