import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Identity, IdentityInput } from '../../../shared/ipc/contracts/signing';
import { inTransaction } from '../db/sql';
import { isoNow, logEvent, notFound, type ServiceContext } from '../service-context';
import {
  assertKeyMatches,
  certificateFacts,
  createSelfSigned,
  privateKeyOf,
  type KeyAndCertificate,
} from './certificate';
import { createIdentityRepository, publicIdentity, type IdentityRecord } from './identity-repository';
import type { KeyProtector } from './key-protector';
import { readPkcs12 } from './pkcs12';
import type { PdfSigner } from './pdf-sign';

/** An identity whose key is open in memory, ready to sign. */
export interface UnlockedIdentity {
  identity: Identity;
  signer: PdfSigner;
}

export function createIdentityService(ctx: ServiceContext) {
  const identities = createIdentityRepository(ctx.db);

  function store(
    material: KeyAndCertificate,
    labels: { name: string; organisation: string | null; role: string | null },
    source: Identity['source'],
    protector: KeyProtector,
  ): Identity {
    assertKeyMatches(material.certificatePem, material.privateKeyPkcs8);
    const facts = certificateFacts(material.certificatePem);
    const existing = identities.byFingerprint(facts.fingerprint);
    if (existing) {
      throw new AppError(
        'conflict',
        { key: 'signing.identity_exists', params: { name: existing.name, fingerprint: facts.fingerprint } },
        { id: existing.id },
      );
    }
    // Encrypted before the transaction: a protector that fails (keychain locked) writes nothing.
    const record: IdentityRecord = {
      id: randomUUID(),
      ...labels,
      fingerprint: facts.fingerprint,
      notBefore: facts.notBefore,
      notAfter: facts.notAfter,
      source,
      keyProtection: protector.kind,
      createdAt: isoNow(ctx),
      certificatePem: material.certificatePem,
      chainPems: material.chainPems,
      privateKeyBlob: protector.protect(material.privateKeyPkcs8),
    };
    const identity = publicIdentity(record);
    inTransaction(ctx.db, () => {
      identities.insert(record);
      logEvent(ctx, `identity.${source}`, 'identity', record.id, identity);
    });
    return identity;
  }

  return {
    list(): Identity[] {
      return identities.list().map(publicIdentity);
    },

    get(id: string): Identity {
      const record = identities.get(id);
      if (!record) throw notFound('entity.identity', id);
      return publicIdentity(record);
    },

    /** A new RSA-2048 key with a self-signed certificate naming the signer. */
    create(input: IdentityInput, protector: KeyProtector): Identity {
      const material = createSelfSigned(input, ctx.now());
      return store(
        material,
        { name: input.name, organisation: input.organisation ?? null, role: input.role ?? null },
        'created',
        protector,
      );
    },

    /** The organisation's PKCS#12 file; its key is re-encrypted with `protector` before it is stored. */
    importPkcs12(bytes: Buffer, p12Passphrase: string, protector: KeyProtector): Identity {
      const material = readPkcs12(bytes, p12Passphrase);
      const facts = certificateFacts(material.certificatePem);
      return store(
        material,
        { name: facts.commonName || facts.fingerprint.slice(0, 16), organisation: facts.organisation, role: null },
        'imported',
        protector,
      );
    },

    /**
     * Opens an identity's key for signing. The protector must be of the kind that locked it, and a
     * certificate outside its validity (at the service clock) cannot sign.
     */
    unlock(id: string, protector: KeyProtector): UnlockedIdentity {
      const record = identities.get(id);
      if (!record) throw notFound('entity.identity', id);
      if (record.keyProtection !== protector.kind) {
        throw new AppError('validation', {
          key: 'signing.key_protection_mismatch',
          params: { name: record.name, protection: `@signing.protection.${record.keyProtection}` },
        });
      }
      const now = ctx.now().toISOString();
      if (now < record.notBefore || now > record.notAfter) {
        throw new AppError('validation', {
          key: 'signing.identity_not_valid',
          params: { name: record.name, from: record.notBefore.slice(0, 10), to: record.notAfter.slice(0, 10) },
        });
      }
      const pkcs8 = protector.unprotect(record.privateKeyBlob);
      assertKeyMatches(record.certificatePem, pkcs8);
      return {
        identity: publicIdentity(record),
        signer: {
          certificatePem: record.certificatePem,
          privateKeyPem: privateKeyOf(pkcs8).export({ type: 'pkcs8', format: 'pem' }).toString(),
          chainPems: record.chainPems,
        },
      };
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
