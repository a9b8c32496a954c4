const TRUE_WORDS = new Set(['是', '有', '√', '✓', '✔', '对', '符合', 'y', 'yes', 'true', '1']);
const FALSE_WORDS = new Set(['否', '无', '没有', '×', '✗', '✘', '错', '不符合', 'n', 'no', 'false', '0']);

/** 是/否, yes/no, √/×, 1/0 as people type them; undefined when the text is none of these. */
export function parseBooleanText(text: string): boolean | undefined {
  const word = text.normalize('NFKC').trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Accepts full-width digits and thousands separators ("1,234", "１２３４"). */
export function parseNumberText(text: string): number | undefined {
  const cleaned = text
    .normalize('NFKC')
    .trim()
    .replace(/(?<=\d)[,\s](?=\d{3}\b)/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

export function parseCountText(text: string): number | undefined {
  const value = parseNumberText(text);
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}
