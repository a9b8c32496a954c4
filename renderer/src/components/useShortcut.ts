import { useEffect, useRef } from 'react';

/** Typing in a field must never trigger a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

export interface Shortcut {
  /** KeyboardEvent.key, or KeyboardEvent.code when it starts with "Digit"/"Key" (layout-proof with Alt). */
  key: string;
  alt?: boolean;
  /** Also fires while typing in a field (only sensible with a modifier). */
  whileTyping?: boolean;
}

/** A page-wide key; the handler may change between renders without re-subscribing. */
export function useShortcut(shortcut: Shortcut, handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const { key, alt = false, whileTyping = false } = shortcut;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const pressed = /^(Digit|Key)/.test(key) ? event.code : event.key;
      if (pressed !== key || event.altKey !== alt || event.ctrlKey || event.metaKey) return;
      if (event.defaultPrevented || (!whileTyping && isTypingTarget(event.target))) return;
      event.preventDefault();
      latest.current(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, alt, whileTyping]);
}
