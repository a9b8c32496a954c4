import { Input } from 'antd';
import { memo, useState, type KeyboardEvent } from 'react';
import { arrowDelta } from './grid-keys';

export interface TextCellProps {
  value: string;
  label: string;
  disabled: boolean;
  /** Called with the typed text when it differs from `value`; return false to keep editing (invalid). */
  onCommit: (text: string) => boolean | void;
  /** ↑ / ↓: the draft is committed by the blur that moving focus causes. */
  onMove?: (delta: -1 | 1, from: HTMLInputElement) => void;
  /** Refuses keystrokes that would make the draft invalid (e.g. digits only). */
  accept?: (text: string) => boolean;
  /** Shown (as the field's title) while the draft is refused. */
  invalidText?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  width?: number | string;
  id?: string;
  tabIndex?: number;
  inputRef?: (el: HTMLInputElement | null) => void;
  dataAttributes?: Record<string, string | number>;
}

/**
 * A text field that saves when it is left or on Enter and reverts on Escape, so a half-typed
 * value is never sent. The draft lives here; `value` is what the store holds.
 */
export const TextCell = memo(function TextCell(props: TextCellProps) {
  const { value, label, disabled, onCommit, onMove, accept, invalidText } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  // A virtual list may hand this cell to another row (another id): a draft left there is not its.
  const [owner, setOwner] = useState(props.id);
  if (owner !== props.id) {
    setOwner(props.id);
    setDraft(null);
    setInvalid(false);
  }

  const commit = (): void => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      setInvalid(false);
      return;
    }
    if (onCommit(draft) === false) {
      setInvalid(true);
      return;
    }
    setDraft(null);
    setInvalid(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      commit();
      return;
    }
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setInvalid(false);
      return;
    }
    const delta = arrowDelta(event);
    if (delta !== undefined && onMove) {
      event.preventDefault();
      onMove(delta, event.currentTarget);
    }
  };

  return (
    <Input
      id={props.id}
      ref={(el) => props.inputRef?.(el?.input ?? null)}
      size="small"
      value={draft ?? value}
      aria-label={label}
      aria-invalid={invalid || undefined}
      status={invalid ? 'error' : undefined}
      title={invalid ? invalidText : undefined}
      placeholder={props.placeholder}
      inputMode={props.inputMode}
      maxLength={props.maxLength}
      tabIndex={props.tabIndex}
      disabled={disabled}
      style={props.width === undefined ? undefined : { width: props.width }}
      onChange={(e) => {
        const next = e.target.value;
        if (accept && !accept(next)) return;
        setDraft(next);
        setInvalid(false);
      }}
      onBlur={commit}
      onKeyDown={onKeyDown}
      {...props.dataAttributes}
    />
  );
});
