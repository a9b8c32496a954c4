import { TeamMemberSchema, type TeamMember } from '../../../../shared/domain/audit';

/**
 * Who usually works on this computer: added to the team of each new audit. Kept in the browser's
 * localStorage (the settings page says so); the keys that sign reports are the signing
 * identities, which main keeps under the OS keychain.
 */
export interface SignerProfile {
  name: string;
  organisation: string;
  role: TeamMember['role'];
}

export const SIGNER_STORAGE_KEY = 'dabiao.signer';
export const EMPTY_PROFILE: SignerProfile = { name: '', organisation: '', role: 'inspector' };

export const TEAM_ROLES = TeamMemberSchema.shape.role.options;
const ROLES: readonly string[] = TEAM_ROLES;

const isRole = (value: unknown): value is SignerProfile['role'] => typeof value === 'string' && ROLES.includes(value);
const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/** Whatever is stored (edited by hand, written by an older build) comes back as a valid profile. */
export function parseProfile(raw: string | null): SignerProfile {
  if (raw === null) return EMPTY_PROFILE;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PROFILE;
  }
  if (typeof value !== 'object' || value === null) return EMPTY_PROFILE;
  const record = value as Record<string, unknown>;
  return {
    name: text(record.name, 60),
    organisation: text(record.organisation, 100),
    role: isRole(record.role) ? record.role : EMPTY_PROFILE.role,
  };
}

export function readProfile(storage: Pick<Storage, 'getItem'> = localStorage): SignerProfile {
  return parseProfile(storage.getItem(SIGNER_STORAGE_KEY));
}

export function writeProfile(profile: SignerProfile, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(SIGNER_STORAGE_KEY, JSON.stringify(profile));
}
