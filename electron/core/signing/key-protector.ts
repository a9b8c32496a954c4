import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../../../shared/errors';

export type KeyProtection = 'passphrase' | 'os_keychain';

/**
 * Keeps a private key (PKCS#8 DER) encrypted at rest. The CLI unlocks keys with a passphrase;
 * the desktop app supplies one over the operating system's keychain (Electron safeStorage).
 * `unprotect` throws a `validation` AppError when the blob cannot be opened with this protector.
 */
export interface KeyProtector {
  readonly kind: KeyProtection;
  protect(pkcs8: Buffer): Buffer;
  unprotect(blob: Buffer): Buffer;
}

const MAGIC = Buffer.from('DBK1', 'ascii');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** N = 2^15, r = 8, p = 1: about 0.1 s and 32 MiB per unlock, the OWASP floor for scrypt. */
const DEFAULT_COST = { log2N: 15, r: 8, p: 1 };
const HEADER_BYTES = MAGIC.length + 3 + SALT_BYTES + IV_BYTES;
/** Blobs name their own cost; refuse costs no version of Dabiao writes rather than hang on one. */
const MAX_LOG2N = 20;

const MIN_PASSPHRASE_LENGTH = 8;

function deriveKey(passphrase: string, salt: Buffer, cost: { log2N: number; r: number; p: number }): Buffer {
  const N = 2 ** cost.log2N;
  return scryptSync(passphrase.normalize('NFC'), salt, 32, {
    N,
    r: cost.r,
    p: cost.p,
    maxmem: 128 * N * cost.r * cost.p + 1024 * 1024,
  });
}

const wrongPassphrase = () => new AppError('validation', { key: 'signing.wrong_passphrase' });

/**
 * scrypt + AES-256-GCM. Layout: "DBK1" | log2N | r | p | salt(16) | iv(12) | ciphertext | tag(16);
 * the header is the GCM additional data, so the stored cost parameters cannot be swapped either.
 */
export function createPassphraseProtector(passphrase: string, cost = DEFAULT_COST): KeyProtector {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('validation', { key: 'signing.passphrase_short', params: { min: MIN_PASSPHRASE_LENGTH } });
  }
  return {
    kind: 'passphrase',
    protect(pkcs8) {
      const salt = randomBytes(SALT_BYTES);
      const iv = randomBytes(IV_BYTES);
      const header = Buffer.concat([MAGIC, Buffer.from([cost.log2N, cost.r, cost.p]), salt, iv]);
      const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, cost), iv);
      cipher.setAAD(header);
      const body = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
      return Buffer.concat([header, body, cipher.getAuthTag()]);
    },
    unprotect(blob) {
      if (blob.length < HEADER_BYTES + TAG_BYTES || !blob.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw new AppError('validation', { key: 'signing.key_not_passphrase' });
      }
      let at = MAGIC.length;
      const stored = { log2N: blob[at++] ?? 0, r: blob[at++] ?? 0, p: blob[at++] ?? 0 };
      if (
        stored.log2N < 10 ||
        stored.log2N > MAX_LOG2N ||
        stored.r < 1 ||
        stored.r > 32 ||
        stored.p < 1 ||
        stored.p > 16
      )
        throw new AppError('validation', { key: 'signing.key_not_passphrase' });
      const salt = blob.subarray(at, (at += SALT_BYTES));
      const iv = blob.subarray(at, (at += IV_BYTES));
      const header = blob.subarray(0, at);
      const body = blob.subarray(at, blob.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, stored), iv);
      decipher.setAAD(header);
      decipher.setAuthTag(blob.subarray(blob.length - TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(body), decipher.final()]);
      } catch {
        throw wrongPassphrase();
      }
    },
  };
}
