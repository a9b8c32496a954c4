import { Tag, type TagProps } from 'antd';
import type { CSSProperties } from 'react';

/*
 * Colours of the workspace's own marks, picked for at least 4.5:1 contrast (WCAG AA) on their
 * backgrounds: antd's preset tag colours and secondary text fall below that, and the screen is
 * read in poor light on laptop screens.
 */
export const MUTED: CSSProperties = { color: '#595959' };
export const DANGER: CSSProperties = { color: '#a8071a' };
export const WARNING: CSSProperties = { color: '#874d00' };

export type Tone = 'green' | 'red' | 'blue' | 'orange' | 'purple' | 'neutral';

const TONES: Record<Tone, CSSProperties> = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  purple: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
  neutral: { color: '#262626' },
};

export function ToneTag({ tone, style, ...props }: Omit<TagProps, 'color'> & { tone: Tone }) {
  return <Tag {...props} style={{ ...TONES[tone], ...style }} />;
}
