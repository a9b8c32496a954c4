/** 'DaBi' in the SQLite header (PRAGMA application_id): tells our files from other SQLite databases. */
export const APPLICATION_ID = 0x44614269;
