import type { KeyboardEvent } from 'react';

/**
 * Enter moves a form on (submits it) from any field: also from radios and checkboxes, where
 * browsers do nothing, and Ctrl+Enter from a text area. Enter inside a combobox picks an option
 * there and must not submit; Enter that ends an IME composition (Chinese input) is not a submit.
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.altKey || event.shiftKey || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  if (target.getAttribute('role') === 'combobox') {
    event.preventDefault();
    return;
  }
  const toggle = target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox');
  if (toggle || event.ctrlKey) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}
