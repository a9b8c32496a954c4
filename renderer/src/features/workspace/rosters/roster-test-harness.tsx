import { useState } from 'react';
import { initI18n } from '../../../app/i18n';

/** jsdom lacks what antd's virtual list and responsive helpers look for. */
export async function prepareDom(): Promise<void> {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  await initI18n('zh-CN');
}

let nextId = 1;

/**
 * Rows held as the workspace store holds them: a save shows at once (a new row gets its id
 * immediately); every save is also pushed to `saves` for the test to check.
 */
export function useStoreLikeRows<Row extends { id: string }>(initial: Row[], saves: unknown[]) {
  const [rows, setRows] = useState(initial);
  const onSave = (row: Omit<Row, 'id'> & { id?: string }): Promise<void> => {
    saves.push(row);
    const id = row.id ?? `new-${nextId++}`;
    const next = { ...row, id } as Row;
    setRows((current) =>
      current.some((r) => r.id === id) ? current.map((r) => (r.id === id ? next : r)) : [...current, next],
    );
    return Promise.resolve();
  };
  const onRemove = (id: string): Promise<void> => {
    setRows((current) => current.filter((r) => r.id !== id));
    return Promise.resolve();
  };
  return { rows, onSave, onRemove };
}
