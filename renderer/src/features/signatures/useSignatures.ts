import { useStore } from 'zustand';
import { api } from '../../api';
import { createSignaturesStore, type SignaturesState } from './store';

/** The signatures panel of the open audit, opened from the workspace header. */
export const signaturesStore = createSignaturesStore(api);

export function useSignatures<T>(selector: (state: SignaturesState) => T): T {
  return useStore(signaturesStore, selector);
}
