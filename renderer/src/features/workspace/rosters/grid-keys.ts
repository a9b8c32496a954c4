import type { KeyboardEvent } from 'react';

/** ↑ / ↓ without modifiers: -1 / +1; anything else: undefined. */
export function arrowDelta(event: KeyboardEvent): -1 | 1 | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.nativeEvent.isComposing)
    return undefined;
  if (event.key === 'ArrowDown') return 1;
  if (event.key === 'ArrowUp') return -1;
  return undefined;
}

/**
 * Spreadsheet-style movement in a roster table: the control in the same column of the row
 * `delta` away, found by the data-grid-row / data-grid-col attributes inside [data-roster-grid].
 */
export function moveInGrid(from: HTMLElement, delta: number): boolean {
  const grid = from.closest('[data-roster-grid]');
  const row = Number(from.dataset.gridRow);
  const col = from.dataset.gridCol;
  if (!grid || !Number.isInteger(row) || !col) return false;
  const target = grid.querySelector<HTMLElement>(`[data-grid-row="${row + delta}"][data-grid-col="${col}"]`);
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement && target.type === 'text') target.select();
  return true;
}

/** Attributes that place a control in the roster grid. */
export const gridCell = (row: number, col: string) => ({ 'data-grid-row': row, 'data-grid-col': col });
