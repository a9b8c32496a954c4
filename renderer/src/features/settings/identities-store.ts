import { createStore, type StoreApi } from 'zustand/vanilla';
import { bilingual } from '../../../../shared/i18n/format';
import type { Identity, IdentityInput } from '../../../../shared/ipc/contracts/signing';
import { ClientError, type Client } from '../../api/client';
import { bytesToBase64 } from '../facilities/file-base64';
import { p12FileProblem } from './identity-format';

export type IdentitiesApi = Pick<Client, 'listIdentities' | 'createIdentity' | 'importIdentity'>;

export interface IdentitiesState {
  identities: Identity[];
  loaded: boolean;
  error: unknown;
  busy: boolean;
  /** The last create or import refusal, shown in the open form. */
  formError: unknown;
  load(): Promise<void>;
  /** Returns the new identity, or undefined when it was refused (see `formError`). */
  create(input: IdentityInput): Promise<Identity | undefined>;
  /** Checked here first (type, size) so a wrong file is refused before it is read. */
  importFile(file: File, passphrase: string): Promise<Identity | undefined>;
  clearFormError(): void;
}

export function createIdentitiesStore(client: IdentitiesApi): StoreApi<IdentitiesState> {
  return createStore<IdentitiesState>()((set, get) => {
    async function adding(work: () => Promise<Identity>): Promise<Identity | undefined> {
      if (get().busy) return undefined;
      set({ busy: true, formError: null });
      try {
        const identity = await work();
        set((s) => ({ busy: false, identities: [...s.identities.filter((i) => i.id !== identity.id), identity] }));
        return identity;
      } catch (formError) {
        set({ busy: false, formError });
        return undefined;
      }
    }

    return {
      identities: [],
      loaded: false,
      error: null,
      busy: false,
      formError: null,

      async load() {
        try {
          set({ identities: await client.listIdentities({}), loaded: true, error: null });
        } catch (error) {
          set({ error, loaded: true });
        }
      },

      create: (input) => adding(() => client.createIdentity(input)),

      async importFile(file, passphrase) {
        const problem = p12FileProblem(file);
        if (problem) {
          set({
            formError: new ClientError('signing:import-identity', { code: 'bad_file', message: bilingual(problem) }),
          });
          return undefined;
        }
        // The file never leaves as a path: its bytes are read here and sent through the contract.
        return adding(async () => {
          const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
          return client.importIdentity({ fileName: file.name, contentBase64, passphrase });
        });
      },

      clearFormError: () => set({ formError: null }),
    };
  });
}
