import { useStore } from 'zustand';
import { api } from '../../api';
import { createIdentitiesStore, type IdentitiesState } from './identities-store';

/** The signing identities of this computer, as the Settings page shows them. */
export const identitiesStore = createIdentitiesStore(api);

export function useIdentities<T>(selector: (state: IdentitiesState) => T): T {
  return useStore(identitiesStore, selector);
}
