import type { Identity } from '../../../shared/ipc/contracts/signing';
import type { Db } from '../db/sql';
import type { KeyProtection } from './key-protector';

/** An identity as stored: the public record plus its certificate chain and encrypted key. */
export interface IdentityRecord extends Identity {
  certificatePem: string;
  chainPems: string[];
  privateKeyBlob: Buffer;
}

interface IdentityRow {
  id: string;
  name: string;
  organisation: string | null;
  role: string | null;
  certificate_pem: string;
  chain_json: string;
  fingerprint: string;
  not_before: string;
  not_after: string;
  source: Identity['source'];
  key_protection: KeyProtection;
  private_key_blob: Buffer;
  created_at: string;
}

const toRecord = (r: IdentityRow): IdentityRecord => ({
  id: r.id,
  name: r.name,
  organisation: r.organisation,
  role: r.role,
  fingerprint: r.fingerprint,
  notBefore: r.not_before,
  notAfter: r.not_after,
  source: r.source,
  keyProtection: r.key_protection,
  createdAt: r.created_at,
  certificatePem: r.certificate_pem,
  chainPems: (JSON.parse(r.chain_json) as unknown[]).filter((pem): pem is string => typeof pem === 'string'),
  privateKeyBlob: r.private_key_blob,
});

/** The public part only: what lists and contracts show. The key blob never leaves the core. */
export const publicIdentity = (record: IdentityRecord): Identity => ({
  id: record.id,
  name: record.name,
  organisation: record.organisation,
  role: record.role,
  fingerprint: record.fingerprint,
  notBefore: record.notBefore,
  notAfter: record.notAfter,
  source: record.source,
  keyProtection: record.keyProtection,
  createdAt: record.createdAt,
});

export function createIdentityRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO identity (id, name, organisation, role, certificate_pem, chain_json, fingerprint, not_before,
                           not_after, source, key_protection, private_key_blob, created_at)
     VALUES (@id, @name, @organisation, @role, @certificatePem, @chainJson, @fingerprint, @notBefore,
             @notAfter, @source, @keyProtection, @privateKeyBlob, @createdAt)`,
  );
  const byId = db.prepare<[string], IdentityRow>('SELECT * FROM identity WHERE id = ?');
  const byFingerprint = db.prepare<[string], IdentityRow>('SELECT * FROM identity WHERE fingerprint = ?');
  const all = db.prepare<[], IdentityRow>('SELECT * FROM identity ORDER BY created_at, rowid');

  return {
    insert(record: IdentityRecord): void {
      const { chainPems, ...rest } = record;
      insert.run({ ...rest, chainJson: JSON.stringify(chainPems) });
    },
    get(id: string): IdentityRecord | undefined {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    byFingerprint(fingerprint: string): IdentityRecord | undefined {
      const row = byFingerprint.get(fingerprint);
      return row && toRecord(row);
    },
    list(): IdentityRecord[] {
      return all.all().map(toRecord);
    },
  };
}

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;
