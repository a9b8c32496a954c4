import type { CSSProperties } from 'react';

/**
 * Secondary text in antd's secondary colour, not by opacity: faded text must still pass WCAG AA
 * contrast (4.5:1) on tinted rows, in poor light.
 */
export const MUTED: CSSProperties = { color: 'var(--ant-color-text-secondary, rgba(0, 0, 0, 0.65))' };
export const MUTED_SMALL: CSSProperties = { ...MUTED, fontSize: 12 };

/**
 * antd's preset tag colours (x-7 text on x-1) miss AA contrast for green, gold, cyan and orange.
 * A hex colour makes antd tint the background and use the colour for text: these shades pass.
 */
export const TAG_COLORS = {
  green: '#237804',
  gold: '#874d00',
  red: '#a8071a',
  blue: '#003eb3',
  cyan: '#00474f',
  purple: '#391085',
  orange: '#873800',
} as const;
