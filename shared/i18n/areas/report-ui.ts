/**
 * Messages of one area, kept in their own file so the catalogues stay readable; zh-CN.ts and
 * en-US.ts spread them in. English must carry exactly the Chinese keys (enforced by its type).
 */
export const reportUiZhCN = {} as const;

export const reportUiEnUS: Record<keyof typeof reportUiZhCN, string> = {};
