// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspaceStore, type WorkspaceStore } from './store';
import { FakeCore } from './test-support/fake-core';
import { useWorkspaceShortcuts } from './useWorkspaceShortcuts';
import { useFocusRegistry, useWorkspaceGetter, WorkspaceProvider } from './workspace-context';

function Keyboard() {
  useWorkspaceShortcuts(useWorkspaceGetter(), useFocusRegistry(), 'zh-CN');
  return <input aria-label="typing" />;
}

describe('workspace keyboard', () => {
  let core: FakeCore;
  let store: WorkspaceStore;
  const ui = () => store.getState().ui;
  const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) =>
    act(() => void fireEvent.keyDown(target, { key, ...init }));

  beforeEach(async () => {
    core = new FakeCore();
    store = createWorkspaceStore(core.api(), 'audit-1');
    await store.getState().actions.load();
    render(
      <WorkspaceProvider store={store}>
        <Keyboard />
      </WorkspaceProvider>,
    );
  });
  afterEach(cleanup);

  it('moves with j/k and the arrows, and jumps to a section with g and its number', () => {
    press('j');
    press('ArrowDown');
    expect(ui().current).toBe(2);
    press('k');
    expect(ui().current).toBe(1);
    press('g');
    press('2');
    expect(ui().current).toBe(2);
    press('g');
    press('1');
    expect(ui().current).toBe(0);
  });

  it('answers yes/no on the current criterion and undoes with Ctrl+Z', async () => {
    press('y');
    expect(store.getState().answers.YN?.value).toBe(true);
    press('n');
    expect(store.getState().answers.YN?.value).toBe(false);
    press('z', { ctrlKey: true });
    expect(store.getState().answers.YN?.value).toBe(true);
    // y/n mean nothing on a number criterion.
    press('j');
    press('y');
    expect(store.getState().answers.NUM).toBeUndefined();
    await act(() => Promise.resolve());
    expect(core.calls.map((c) => c.method)).toEqual(['saveAnswer', 'saveAnswer', 'saveAnswer']);
  });

  it('ignores single keys while typing in a field, except Escape which leaves it', () => {
    const input = screen.getByLabelText('typing');
    input.focus();
    press('j', {}, input);
    press('y', {}, input);
    expect(ui().current).toBe(0);
    expect(store.getState().answers.YN).toBeUndefined();
    press('Escape', {}, input);
    expect(document.activeElement).not.toBe(input);
  });

  it('opens the shortcuts sheet with ? and leaves the keys to the open dialog', () => {
    press('?', { shiftKey: true });
    expect(ui().shortcutsOpen).toBe(true);
    press('j');
    expect(ui().current).toBe(0);
  });

  it('toggles the list view with l and opens a finding only on a failed criterion with f', () => {
    press('l');
    expect(ui().mode).toBe('list');
    press('f');
    expect(ui().findingDraft).toBeUndefined();
    press('n');
    press('f');
    expect(ui().findingDraft?.criterionId).toBe('YN');
  });

  it('keeps criterion keys to the criteria tab', () => {
    act(() => store.getState().actions.setTab('drugs'));
    press('j');
    press('y');
    expect(ui().current).toBe(0);
    expect(store.getState().answers.YN).toBeUndefined();
  });
});
