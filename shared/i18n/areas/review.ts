/**
 * Messages of one area, kept in their own file so the catalogues stay readable; zh-CN.ts and
 * en-US.ts spread them in. English must carry exactly the Chinese keys (enforced by its type).
 */
export const reviewZhCN = {} as const;

export const reviewEnUS: Record<keyof typeof reviewZhCN, string> = {};
