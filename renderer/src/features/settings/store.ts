import { create } from 'zustand';
import type { ContractOutput, Contracts } from '../../../../shared/ipc';
import { api } from '../../api';
import { readProfile, writeProfile, type SignerProfile } from './signer-profile';

export type AppInfo = ContractOutput<Contracts['getInfo']>;

interface SettingsState {
  profile: SignerProfile;
  info: AppInfo | null;
  /** Each change is stored at once: there is no save button to forget. */
  updateProfile(patch: Partial<SignerProfile>): void;
  loadInfo(): Promise<AppInfo>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  profile: readProfile(),
  info: null,
  updateProfile(patch) {
    const profile = { ...get().profile, ...patch };
    writeProfile(profile);
    set({ profile });
  },
  async loadInfo() {
    const info = await api.getInfo();
    set({ info });
    return info;
  },
}));
