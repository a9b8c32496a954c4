import type { TeamMember } from '../../../../shared/domain/audit';
import type { HandwrittenSignature } from '../../../../shared/ipc/contracts/signing';

/** One line of the signatures panel: who signs, and the drawing saved for them if any. */
export interface SignatureEntry {
  key: string;
  name: string;
  role: HandwrittenSignature['role'];
  organisation: string | undefined;
  /** The facility's representative is not on the team: their name is typed before signing. */
  nameEditable: boolean;
  saved: HandwrittenSignature | undefined;
}

/**
 * The team in its order, then the facility's representative (unless the team has one), then any
 * saved drawing that matches nobody — the same boxes, in the same order, as the report's
 * signatures page draws (electron/core/reports/sections/signatures.ts).
 */
export function signatureEntries(
  team: readonly TeamMember[],
  saved: readonly HandwrittenSignature[],
  facilityName: string,
): SignatureEntry[] {
  const remaining = [...saved];
  const take = (match: (s: HandwrittenSignature) => boolean) => {
    const index = remaining.findIndex(match);
    return index >= 0 ? remaining.splice(index, 1)[0] : undefined;
  };
  const entries: SignatureEntry[] = team.map((member, i) => ({
    key: `team:${i}`,
    name: member.name,
    role: member.role,
    organisation: member.organisation,
    nameEditable: false,
    saved: take((s) => s.name === member.name && s.role === member.role),
  }));
  if (!team.some((member) => member.role === 'facility_representative')) {
    const signature = take((s) => s.role === 'facility_representative');
    entries.push({
      key: 'representative',
      name: signature?.name ?? '',
      role: 'facility_representative',
      organisation: facilityName,
      // Once signed the name stays: signing under another name would add a second box.
      nameEditable: signature === undefined,
      saved: signature,
    });
  }
  for (const signature of remaining) {
    entries.push({
      key: `saved:${signature.id}`,
      name: signature.name,
      role: signature.role,
      organisation: undefined,
      nameEditable: false,
      saved: signature,
    });
  }
  return entries;
}

/** What a canvas's `toDataURL('image/png')` carries after its prefix: the PNG as base64. */
export function pngBase64Of(dataUrl: string): string | null {
  const prefix = 'data:image/png;base64,';
  return dataUrl.startsWith(prefix) && dataUrl.length > prefix.length ? dataUrl.slice(prefix.length) : null;
}
