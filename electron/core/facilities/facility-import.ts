import type { FacilityImportReport } from '../../../shared/ipc/contracts/facilities';
import { rowError, type RowError } from '../files/row-errors';
import { mergeImported, parseFacilityFile } from './facility-file';
import type { FacilityService } from './facility-service';

/**
 * Imports a facility list: every valid row is created or updated by code in one transaction;
 * invalid rows are reported by row and column and nothing of them is written. Columns the file
 * does not have keep the values already saved.
 */
export async function importFacilityFile(
  facilities: FacilityService,
  hasVariant: (id: string) => boolean,
  fileName: string,
  bytes: Uint8Array,
): Promise<FacilityImportReport> {
  const parsed = await parseFacilityFile(fileName, bytes);
  const errors: RowError[] = [...parsed.errors];
  const accepted = parsed.rows.filter(({ row, facility }) => {
    if (!facility.variant || hasVariant(facility.variant)) return true;
    errors.push(rowError(row, 'variant', { key: 'error.unknown_variant', params: { variant: facility.variant } }));
    return false;
  });
  const { created, updated } = facilities.upsertMany(
    accepted.map((r) => r.facility),
    (saved, imported) => mergeImported(saved, imported, parsed.columns),
  );
  errors.sort((a, b) => a.row - b.row);
  return {
    created,
    updated,
    rejected: new Set(errors.map((e) => e.row)).size,
    errors,
  };
}
