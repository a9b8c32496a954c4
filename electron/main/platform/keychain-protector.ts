import { safeStorage } from 'electron';
import { AppError } from '../../../shared/errors';
import type { KeyProtector } from '../../core/signing/key-protector';

/**
 * Signing keys of the desktop app, encrypted by the operating system's keychain (DPAPI on
 * Windows, Keychain on macOS, libsecret/KWallet on Linux) through Electron's safeStorage.
 * Linux without a secret store falls back to a key hard-coded in Chromium ("basic_text"), which
 * would leave signing keys practically in clear: refused, so the user signs with the CLI and a
 * passphrase instead. The synchronous calls match KeyProtector, which the core calls in line.
 */
export function createKeychainProtector(): KeyProtector {
  const assertAvailable = () => {
    const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
    if (!safeStorage.isEncryptionAvailable() || weak) {
      throw new AppError('validation', { key: 'signing.keychain_unavailable' });
    }
  };
  return {
    kind: 'os_keychain',
    protect(pkcs8) {
      assertAvailable();
      return safeStorage.encryptString(pkcs8.toString('base64'));
    },
    unprotect(blob) {
      assertAvailable();
      let text: string;
      try {
        text = safeStorage.decryptString(blob);
      } catch {
        throw new AppError('validation', { key: 'signing.keychain_failed' });
      }
      return Buffer.from(text, 'base64');
    },
  };
}
