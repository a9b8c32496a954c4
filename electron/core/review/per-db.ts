import type { Db } from '../db/sql';

/**
 * Functions called with only a ServiceContext (by the audit service and the importer) keep their
 * prepared statements and parsed standards per connection, made on first use.
 */
export function perDb<T>(make: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = make(db);
      made.set(db, value);
    }
    return value;
  };
}
