/**
 * Messages of one area, kept in their own file so the catalogues stay readable; zh-CN.ts and
 * en-US.ts spread them in. English must carry exactly the Chinese keys (enforced by its type).
 */
export const packagesZhCN = {} as const;

export const packagesEnUS: Record<keyof typeof packagesZhCN, string> = {};
