/** Audit files (.dabiao): export, import with verification, trusted signers. */
export const packagesContracts = {};
