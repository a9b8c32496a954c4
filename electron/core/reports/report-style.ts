/** One look for every page: sober colours, two weights of one typeface, A4 with generous margins. */
export const FONT = { regular: 'NotoSansSC-Regular', bold: 'NotoSansSC-Bold' } as const;

export const FONT_FILES = { [FONT.regular]: 'NotoSansSC-Regular.ttf', [FONT.bold]: 'NotoSansSC-Bold.ttf' } as const;

export const PAGE = {
  size: 'A4',
  width: 595.28,
  height: 841.89,
  margin: { top: 64, bottom: 66, left: 52, right: 52 },
} as const;

export const COLOR = {
  ink: '#1b1f24',
  muted: '#5b6470',
  rule: '#9aa4b1',
  faint: '#d5dbe3',
  accent: '#1f3a5f',
  headerFill: '#e6ebf2',
  zebra: '#f5f7fa',
  sectionFill: '#eef2f7',
  pass: '#1d6b33',
  basic: '#9a5b00',
  fail: '#a4231b',
  neutral: '#6b7480',
} as const;

export const SIZE = { title: 22, h1: 14, h2: 11, body: 9.5, table: 8.5, small: 7.5, tiny: 6.5 } as const;
