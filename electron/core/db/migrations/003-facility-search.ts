import { facilitySearchText, type SearchableFacility } from '../../facilities/search-text';
import type { Migration } from './types';

/**
 * Facility search by name, code, place or pinyin scans one derived lower-case column; existing
 * rows are filled in here, new and changed rows by the facilities repository.
 */
export const migration003: Migration = {
  version: 3,
  name: 'facility-search',
  up(db) {
    db.exec(`ALTER TABLE facility ADD COLUMN search_text TEXT NOT NULL DEFAULT ''`);
    const rows = db
      .prepare('SELECT id, code, name, province, prefecture, county, township, village FROM facility')
      .all() as (SearchableFacility & { id: string })[];
    const update = db.prepare('UPDATE facility SET search_text = ? WHERE id = ?');
    for (const row of rows) update.run(facilitySearchText(row), row.id);
  },
};
