/**
 * A licence number with all but its last 4 characters hidden: enough to find the certificate
 * in the register, not enough to copy it from a report or form that circulates. Every export
 * (PDF report, self-assessment workbook) masks with this one rule unless the user asks for the
 * full numbers.
 */
export function maskLicence(licence: string): string {
  const chars = [...licence];
  const shown = chars.length > 4 ? chars.slice(-4).join('') : '';
  return '*'.repeat(chars.length - shown.length) + shown;
}

/** What `maskLicence` writes: stars, then at most 4 characters. A real number never starts with a star. */
export function isMaskedLicence(text: string): boolean {
  return /^\*+[^*]{0,4}$/u.test(text);
}

/** The staff rows as an export shows them: licence numbers masked, everything else as stored. */
export function maskStaffLicences<T extends { licenseNo?: string | undefined }>(staff: readonly T[]): T[] {
  return staff.map((s) => (s.licenseNo ? { ...s, licenseNo: maskLicence(s.licenseNo) } : s));
}

/**
 * A licence cell of a form read back. Still the mask the form was written with means
 * "unchanged": the number of the staff member the row's id names. A mask that matches no one
 * gives null (the caller refuses the row: reading it would overwrite the number with stars).
 */
export function licenceFromForm(
  text: string,
  rowId: string,
  known: readonly { id: string; licenseNo?: string | undefined }[],
): string | null {
  if (!isMaskedLicence(text)) return text;
  const member = known.find((s) => s.id === rowId);
  return member?.licenseNo !== undefined && maskLicence(member.licenseNo) === text ? member.licenseNo : null;
}
