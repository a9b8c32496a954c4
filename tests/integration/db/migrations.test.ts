import { existsSync, readFileSync, truncateSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { eventHash, GENESIS_HASH } from '../../../electron/core/db/event-chain';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersion,
  type Migration,
} from '../../../electron/core/db/migrations';
import { createRepositories } from '../../../electron/core/db/repositories';
import type { Db } from '../../../electron/core/db/sql';
import { expectAppError } from '../../helpers/app-error';
import { useTempDirs } from '../../helpers/temp-dir';
import { DATA_TABLES } from '../../helpers/test-core';

const tempDir = useTempDirs('dabiao-migrations-');
const AT = '2024-05-01T08:00:00.000Z';
const AUDIT = '6f1c2a4e-0000-4000-8000-000000000001';

/** A database file stopped at `version`, as an older Dabiao would have left it. */
function databaseAt(version: number): { file: string; db: Db } {
  const file = join(tempDir(), 'dabiao.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  expect(schemaVersion(db)).toBe(version);
  return { file, db };
}

/** Rows written with the schema of version 1, in plain SQL as that version's code would. */
function seedVersion1(db: Db): void {
  db.exec(`
    INSERT INTO standard VALUES ('fixture@1', 'fixture', '1', NULL, 'village_clinic', 1, '{"id":"fixture"}', '${'a'.repeat(64)}', '${AT}');
    INSERT INTO variant VALUES ('fixture', 'yunnan', 1, '{"id":"yunnan"}', '${'b'.repeat(64)}', '${AT}');
    INSERT INTO catalog VALUES ('drug', 'fixture-drugs', '2018', 1, '{"items":[]}', '${'c'.repeat(64)}', '${AT}');
    INSERT INTO facility (id, code, name, level, province, prefecture, county, township, village,
      service_population, resident_population, beds, variant, iv_service_approved, township_seat, shared_clinic,
      poor_county, created_at, updated_at) VALUES ('fac-1', 'VC-530000-001', '曼纳伞村卫生室', 'village_clinic', '云南省', '西双版纳傣族自治州',
      '勐腊县', '勐仑镇', '曼纳伞村', 1200, 1100, NULL, 'yunnan', 0, 0, 1, 1, '${AT}', '${AT}');
    INSERT INTO audit VALUES ('${AUDIT}', 1, NULL, 'fac-1', 'fixture@1', 'on_site_inspection', 0, 'in_progress', '[]',
      '{"servicePopulation":1200,"ivServiceApproved":false,"townshipSeat":false,"sharedClinic":true,"poorCounty":true}',
      '2024-05-01', '${AT}', '${AT}', NULL);
    INSERT INTO answer VALUES ('${AUDIT}', 'M-YN', 'true', NULL, '门口有标识', '李四', '${AT}');
    INSERT INTO answer VALUES ('${AUDIT}', 'F-AREA', NULL, '合设卫生室，面积在邻村登记', NULL, NULL, '${AT}');
    INSERT INTO staff_member VALUES ('s-1', '${AUDIT}', '王医生', 'village_doctor', '53012345', NULL, NULL, 1, '${AT}', '${AT}');
    INSERT INTO equipment_item VALUES ('e-1', '${AUDIT}', 'EQ-BP', 1, 1, 2, NULL, '${AT}', '${AT}');
    INSERT INTO drug_stock VALUES ('d-1', '${AUDIT}', 'D1', '阿莫西林', 1, 30, '2026-01-31', '${AT}', '${AT}');
    INSERT INTO finding VALUES ('f-1', '${AUDIT}', 'M-YN', '标识褪色', NULL, '村医', '2024-06-30', 'open', NULL, '${AT}', '${AT}');
    INSERT INTO evidence VALUES ('ev-1', '${AUDIT}', '${'d'.repeat(64)}', '门牌.jpg', 'image/jpeg', 2048, 'M-YN', 'f-1', '${AT}');
  `);
  appendEvents(db, 2);
}

/** Chained events written the way every version writes them. */
function appendEvents(db: Db, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const last = db.prepare('SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: string } | undefined;
    const row = {
      seq: (last?.seq ?? 0) + 1,
      at: AT,
      actor: 'tester',
      type: 'answer.saved',
      entity: 'audit',
      entityId: AUDIT,
      payloadJson: `{"n":${i}}`,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    db.prepare(
      `INSERT INTO event_log (seq, at, actor, type, entity, entity_id, payload_json, prev_hash, hash)
       VALUES (@seq, @at, @actor, @type, @entity, @entityId, @payloadJson, @prevHash, @hash)`,
    ).run({ ...row, prevHash, hash: eventHash(prevHash, row) });
  }
}

function snapshot(db: Db): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(
    DATA_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all() as Record<string, unknown>[]]),
  );
}

/** Every column that existed before must hold the same value after (new columns may be added). */
function expectDataIntact(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): void {
  for (const table of DATA_TABLES) {
    const rows = before[table] ?? [];
    expect(after[table]?.length, table).toBe(rows.length);
    rows.forEach((row, i) => {
      const later = after[table]?.[i] ?? {};
      for (const [column, value] of Object.entries(row)) expect(later[column], `${table}.${column}`).toEqual(value);
    });
  }
}

function upgradeKeepsData(version: number, seed: (db: Db) => void): Db {
  const { file, db } = databaseAt(version);
  seed(db);
  const before = snapshot(db);
  db.close();
  const upgraded = openDatabase(file);
  expect(schemaVersion(upgraded)).toBe(LATEST_SCHEMA_VERSION);
  expectDataIntact(before, snapshot(upgraded));
  expect(createRepositories(upgraded).events.verify()).toEqual({ ok: true, count: before.event_log?.length ?? 0 });
  return upgraded;
}

describe('migrations', () => {
  it('are numbered 1..N in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 initial: a new file gets the whole schema at the latest version', () => {
    const file = join(tempDir(), 'dabiao.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(tables).toEqual(expect.arrayContaining(DATA_TABLES));
    seedVersion1(db);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('002 event-log-chain: a version 1 database upgrades with its rows and chain intact, then refuses log edits', () => {
    const db = upgradeKeepsData(1, seedVersion1);
    expect(() => db.prepare(`UPDATE event_log SET actor = 'mallory' WHERE seq = 1`).run()).toThrow(
      /event_log_append_only/,
    );
    expect(() => db.prepare('DELETE FROM event_log WHERE seq = 2').run()).toThrow(/event_log_append_only/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO event_log VALUES (3, '${AT}', 'x', 't', 'e', 'i', '{}', '${GENESIS_HASH}', '${'e'.repeat(64)}')`,
        )
        .run(),
    ).toThrow(/event_log_chain/);
    db.close();
  });

  it('003 facility-search: a version 2 database upgrades and its facilities are found by pinyin', () => {
    const db = upgradeKeepsData(2, (d) => {
      seedVersion1(d);
      appendEvents(d, 3);
    });
    const facilities = createRepositories(db).facilities;
    for (const term of ['mengla', 'mlx', '勐仑', 'vc-530000', 'mannasan']) {
      expect(
        facilities.list({ terms: [term] }).map((f) => f.code),
        term,
      ).toEqual(['VC-530000-001']);
    }
    expect(facilities.list({ terms: ['kunming'] })).toEqual([]);
    db.close();
  });

  it('004 signing: a version 3 database upgrades intact; signatures need a completed audit and freeze with it', () => {
    const db = upgradeKeepsData(3, seedVersion1);
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    db.prepare(
      `INSERT INTO identity VALUES ('id-1', '张伟', NULL, NULL, ?, '[]', ?, ?, ?, 'created', 'passphrase', x'00', ?)`,
    ).run(pem, 'f'.repeat(64), AT, AT, AT);
    expect(() => db.prepare(`UPDATE identity SET name = 'x'`).run()).toThrow(/identity_immutable/);
    const signature = db.prepare(
      `INSERT INTO report_signature VALUES (?, '${AUDIT}', 'id-1', ?, '${'f'.repeat(64)}', '${'1'.repeat(64)}',
       '${'2'.repeat(64)}', 3, '${AT}')`,
    );
    // The seeded audit is in progress: nothing to sign yet.
    expect(() => signature.run('sig-1', 1)).toThrow(/audit_not_completed/);
    const drawing = db.prepare(
      `INSERT INTO handwritten_signature VALUES (?, '${AUDIT}', ?, 'leader', x'89504e47', '${'3'.repeat(64)}', '${AT}')`,
    );
    drawing.run('hw-1', '张伟');
    db.prepare(`UPDATE audit SET status = 'completed' WHERE id = ?`).run(AUDIT);
    signature.run('sig-1', 1);
    db.prepare(`UPDATE audit SET status = 'signed' WHERE id = ?`).run(AUDIT);
    expect(() => drawing.run('hw-2', '李娜')).toThrow(/audit_locked/);
    expect(() => db.prepare(`UPDATE handwritten_signature SET png = x'00'`).run()).toThrow(/audit_locked/);
    expect(() => db.prepare('DELETE FROM handwritten_signature').run()).toThrow(/audit_locked/);
    expect(() => db.prepare('DELETE FROM report_signature').run()).toThrow(/report_signature_immutable/);
    expect(() => db.prepare('DELETE FROM identity').run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('005 audit-results: databases of versions 1 to 4 upgrade intact; results are checked, draws are a record', () => {
    for (const version of [1, 2, 3, 4]) upgradeKeepsData(version, seedVersion1).close();
    const db = upgradeKeepsData(4, seedVersion1);
    const result = db.prepare(
      `INSERT INTO audit_result (audit_id, facility_id, audit_date, revision, completed_at, standard_key, verdict, score,
         complete, blocking_failures_json, failed_criteria_json, unassessed_json, gaps_json, computed_at)
       VALUES ('${AUDIT}', 'fac-1', '2024-05-01', 1, '${AT}', 'fixture@1', ?, 80, 1, '[]', '["M-YN"]', ?, '{}', '${AT}')`,
    );
    expect(() => result.run('excellent', '[]')).toThrow(/CHECK/);
    expect(() => result.run('basic', 'M-TEXT')).toThrow(/CHECK/);
    result.run('basic', '["M-TEXT"]');
    expect(() => db.prepare(`INSERT INTO audit_result SELECT * FROM audit_result`).run()).toThrow(/UNIQUE|PRIMARY/);
    // Results belong to finished audits: completing keeps the result, reopening drops it.
    const results = db.prepare('SELECT count(*) FROM audit_result').pluck();
    db.prepare(`UPDATE audit SET status = 'completed' WHERE id = ?`).run(AUDIT);
    expect(results.get()).toBe(1);
    db.prepare(`UPDATE audit SET status = 'in_progress' WHERE id = ?`).run(AUDIT);
    expect(results.get()).toBe(0);

    const draw = db.prepare(`INSERT INTO sample_draw VALUES (?, 'seed', '{}', '{"facilities":[]}', '${AT}')`);
    draw.run('draw-1');
    expect(() => db.prepare(`UPDATE sample_draw SET seed = 'other'`).run()).toThrow(/sample_draw_immutable/);
    expect(() => db.prepare('DELETE FROM sample_draw').run()).toThrow(/sample_draw_immutable/);
    db.close();
  });

  it('006 audit-files: databases of versions 1 to 5 upgrade intact; provenance is a record, (lineage, revision) unique', () => {
    for (const version of [1, 2, 3, 4, 5]) upgradeKeepsData(version, seedVersion1).close();
    const db = upgradeKeepsData(5, seedVersion1);
    const fp = 'f'.repeat(64);
    const signer = db.prepare(`INSERT INTO signer_certificate VALUES (?, '张伟', NULL, 'PEM', '${AT}')`);
    signer.run(fp);
    expect(() => signer.run('short')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE signer_certificate SET common_name = 'x'`).run()).toThrow(/immutable/);
    const imported = db.prepare(
      `INSERT INTO imported_audit VALUES (?, ?, ?, NULL, '${fp}', '${'1'.repeat(64)}', '${'2'.repeat(64)}',
       '${'3'.repeat(64)}', 'a.dabiao', NULL, '0.1.0', '${AT}', '${AT}')`,
    );
    imported.run(AUDIT, AUDIT, 1);
    expect(() => imported.run('no-such-audit', 'lineage', 2)).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO audit SELECT 'another', revision, previous_id, facility_id, standard_key, kind, announced,
      status, team_json, facts_json, audit_date, created_at, updated_at, completed_at FROM audit`,
    ).run();
    expect(() => imported.run('another', AUDIT, 1)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE imported_audit SET revision = 2`).run()).toThrow(/imported_audit_immutable/);
    expect(() => db.prepare('DELETE FROM imported_audit').run()).toThrow(/imported_audit_immutable/);
    expect(() => db.prepare(`INSERT INTO trusted_certificate VALUES ('${'e'.repeat(64)}', '${AT}')`).run()).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare(`INSERT INTO trusted_certificate VALUES ('${fp}', '${AT}')`).run();
    // Untrusting is allowed: trust is the reviewer's current opinion, not a record of the file.
    expect(db.prepare('DELETE FROM trusted_certificate').run().changes).toBe(1);
    const supersede = db.prepare(`INSERT INTO audit_superseded VALUES (?, ?, '${AT}')`);
    expect(() => supersede.run(AUDIT, AUDIT)).toThrow(/CHECK/);
    db.close();
  });

  it('007 audit-basis: a version 6 database upgrades intact; an inspection names its self-assessment once', () => {
    const db = upgradeKeepsData(6, seedVersion1);
    const link = db.prepare('INSERT INTO audit_basis (audit_id, basis_id) VALUES (?, ?)');
    expect(() => link.run(AUDIT, AUDIT)).toThrow(/CHECK/);
    // The self-assessment may not be in this database (a reviewer imports in any order).
    link.run(AUDIT, 'self-assessment-elsewhere');
    expect(() => db.prepare(`UPDATE audit_basis SET basis_id = 'other'`).run()).toThrow(/set once/);
    expect(() => link.run('no-such-audit', 'x')).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('every migration leaves the data written at the version before it intact', () => {
    for (const migration of MIGRATIONS.slice(1)) {
      upgradeKeepsData(migration.version - 1, seedVersion1).close();
    }
  });

  it('a failing migration rolls back completely and leaves the previous version', () => {
    const { db } = databaseAt(1);
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('disk on fire');
      },
    };
    expect(() => migrate(db, 2, [MIGRATIONS[0] as Migration, broken])).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'`).get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('opening files that must be refused', () => {
  it('a database from a newer Dabiao is refused with db_newer and left byte-for-byte untouched', () => {
    const file = join(tempDir(), 'dabiao.sqlite');
    const db = openDatabase(file);
    seedVersion1(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const bytes = readFileSync(file);
    const err = expectAppError(() => openDatabase(file), 'db_newer');
    expect(err.details).toMatchObject({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
    expect(err.localized['zh-CN']).toContain(String(LATEST_SCHEMA_VERSION + 1));
    expect(err.localized['en-US']).toContain(String(LATEST_SCHEMA_VERSION));
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a file that is not SQLite is refused with db_corrupt naming the path, and not changed', () => {
    const file = join(tempDir(), 'dabiao.sqlite');
    writeFileSync(file, 'PK\u0003\u0004 this is a zip, not a database '.repeat(200));
    const bytes = readFileSync(file);
    const err = expectAppError(() => openDatabase(file), 'db_corrupt');
    expect(err.localized['en-US']).toContain(file);
    expect(err.localized['zh-CN']).toContain(file);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('a truncated database is refused with db_corrupt', () => {
    const dir = tempDir();
    const good = join(dir, 'good.sqlite');
    const db = openDatabase(good);
    seedVersion1(db);
    appendEvents(db, 200);
    db.close();
    const cut = join(dir, 'cut.sqlite');
    copyFileSync(good, cut);
    truncateSync(cut, Math.floor(statSync(good).size / 2));
    expectAppError(() => openDatabase(cut), 'db_corrupt');
  });

  it("another program's SQLite database is refused rather than migrated", () => {
    const file = join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE facility (id INTEGER PRIMARY KEY, something TEXT)');
    other.close();
    const bytes = readFileSync(file);
    expectAppError(() => openDatabase(file), 'db_corrupt');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('an empty file is a new database', () => {
    const file = join(tempDir(), 'empty.sqlite');
    writeFileSync(file, '');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });
});
