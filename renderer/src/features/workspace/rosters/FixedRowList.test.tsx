// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedRowList } from './FixedRowList';

const List = ({ items }: { items: string[] }) => (
  <FixedRowList
    items={items}
    rowKey={(name) => name}
    rowHeight={50}
    maxHeight={200}
    renderRow={(name) => <input aria-label={name} data-row={name} readOnly value={name} />}
  />
);
const field = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });
const shown = () => screen.getAllByRole<HTMLInputElement>('textbox').map((el) => el.dataset.row);

describe('FixedRowList', () => {
  afterEach(cleanup);

  it('renders only the rows in view (plus one), never measuring them', () => {
    render(<List items={Array.from({ length: 700 }, (_, i) => `d${i}`)} />);
    // 200 px of 50 px rows: four in view, one more below.
    expect(shown()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
  });

  it('hands the rows of a new result to the mounted elements instead of mounting new ones', () => {
    const { rerender } = render(<List items={['a', 'b', 'c']} />);
    const first = field('a');
    rerender(<List items={['x', 'b', 'y']} />);
    expect(shown()).toEqual(['x', 'b', 'y']);
    expect(field('x')).toBe(first);
  });

  it('keeps the focused row on its own element while the list changes around it', () => {
    const { rerender } = render(<List items={['a', 'b', 'c']} />);
    const a = field('a');
    const b = field('b');
    b.focus();
    rerender(<List items={['x', 'y', 'b']} />);
    expect(field('b')).toBe(b);
    expect(document.activeElement).toBe(b);
    // Elements of rows that left are not handed on while focus is in the list.
    expect(field('x')).not.toBe(a);
  });
});
