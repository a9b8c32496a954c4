// @vitest-environment jsdom
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../app/i18n';
import { KeyboardTable, type KeyboardTableHandle } from './KeyboardTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Row {
  id: string;
}
const rows: Row[] = Array.from({ length: 120 }, (_, i) => ({ id: `r${i}` }));

let root: Root | undefined;
let container: HTMLDivElement;

function mount(onOpen: (row: Row) => void) {
  const handle = createRef<KeyboardTableHandle>();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <KeyboardTable<Row>
        label="rows"
        columns={[{ key: 'id', title: 'id', render: (row) => row.id }]}
        rows={rows}
        rowKey={(row) => row.id}
        onOpen={onOpen}
        emptyText="none"
        handleRef={handle}
      />,
    ),
  );
  return handle;
}

const focused = () => document.activeElement?.getAttribute('data-row-key');
const press = (key: string) =>
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('KeyboardTable', () => {
  beforeAll(() => initI18n('en-US'));
  afterEach(() => {
    act(() => root?.unmount());
    container.remove();
  });

  it('is one tab stop whose arrows, Home/End and paging keys move the focus', () => {
    const handle = mount(() => {});
    const tabbable = container.querySelectorAll('tbody tr[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    act(() => handle.current?.focusFirstRow());
    expect(focused()).toBe('r0');
    press('ArrowDown');
    expect(focused()).toBe('r1');
    press('End');
    expect(focused()).toBe('r49');
    press('ArrowDown');
    expect(focused()).toBe('r50');
    expect(container.textContent).toContain('51–100 of 120');
    press('ArrowUp');
    expect(focused()).toBe('r49');
    press('PageDown');
    press('PageDown');
    expect(focused()).toBe('r100');
    press('End');
    press('ArrowDown');
    expect(focused()).toBe('r119');
    press('Home');
    press('PageUp');
    expect(focused()).toBe('r50');
  });

  it('opens the focused row with Enter or Space, and a row by click', () => {
    const onOpen = vi.fn();
    const handle = mount(onOpen);
    act(() => handle.current?.focusFirstRow());
    press('ArrowDown');
    press('Enter');
    press(' ');
    act(() => container.querySelector<HTMLElement>('tr[data-row-key="r3"]')?.click());
    expect(onOpen.mock.calls.map(([row]) => (row as Row).id)).toEqual(['r1', 'r1', 'r3']);
  });
});
