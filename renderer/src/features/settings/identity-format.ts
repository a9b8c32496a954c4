import type { Message } from '../../../../shared/i18n/format';
import { PKCS12_MAX_BYTES, type Identity } from '../../../../shared/ipc/contracts/signing';

/** "3F2A 9C01 …": a fingerprint read aloud or compared by eye, four characters at a time. */
export function groupFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** The certificate's validity as dates (its instants are UTC; a day is what people compare). */
export function validityDates(identity: Pick<Identity, 'notBefore' | 'notAfter'>): { from: string; to: string } {
  return { from: identity.notBefore.slice(0, 10), to: identity.notAfter.slice(0, 10) };
}

/** Why a chosen file cannot be imported as a PKCS#12 identity, before its bytes are read; null when it can. */
export function p12FileProblem(file: { name: string; size: number }): Message | null {
  if (!/\.(p12|pfx)$/i.test(file.name)) return { key: 'ui.identities.p12_type', params: { name: file.name } };
  if (file.size > PKCS12_MAX_BYTES) {
    const size = (file.size / 1024 / 1024).toFixed(1);
    return { key: 'file.too_large', params: { size, max: PKCS12_MAX_BYTES / 1024 / 1024 } };
  }
  return null;
}
