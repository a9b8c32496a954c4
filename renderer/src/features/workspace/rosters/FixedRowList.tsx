import { Fragment, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';

export interface FixedRowListHandle {
  /** Scrolls just enough to show the row at `index` (nothing when it is in view). */
  showIndex(index: number): void;
  scrollToTop(): void;
}

interface Props<T> {
  items: readonly T[];
  rowKey(item: T): string;
  /** Every rendered row must be exactly this tall (border included): nothing is ever measured. */
  rowHeight: number;
  /** The most the list shows before it scrolls. */
  maxHeight: number;
  renderRow(item: T): ReactNode;
  ref?: Ref<FixedRowListHandle>;
}

/** One row kept rendered above and below the viewport, for a row partly scrolled into view. */
const OVERSCAN = 1;

/**
 * React keys for the rows in view. A row that stays in view keeps its key; a row that comes into
 * view takes the key of one that left, so a new search updates the mounted rows in place instead
 * of unmounting and mounting them (mounting antd's inputs is most of a keystroke's cost). While
 * focus is inside the list no key is handed on: the focused control must stay with its own row.
 */
function rowSlots() {
  let slotOf = new Map<string, number>();
  let next = 0;
  let focusWithin = false;
  return {
    setFocusWithin(value: boolean) {
      focusWithin = value;
    },
    keys(itemKeys: readonly string[]): number[] {
      const kept = new Set<number>();
      for (const key of itemKeys) {
        const slot = slotOf.get(key);
        if (slot !== undefined) kept.add(slot);
      }
      // In order, so rows replaced all at once keep their DOM order and nothing has to move.
      const free = focusWithin ? [] : [...slotOf.values()].filter((slot) => !kept.has(slot)).sort((a, b) => a - b);
      const nextSlotOf = new Map<string, number>();
      const slots = itemKeys.map((key) => {
        const slot = slotOf.get(key) ?? free.shift() ?? next++;
        nextSlotOf.set(key, slot);
        return slot;
      });
      slotOf = nextSlotOf;
      return slots;
    },
  };
}

/**
 * A virtual list of rows of one fixed height. antd's Listy measures every row it mounts (offsetHeight
 * and getComputedStyle in a microtask right after the commit), which forces a layout of the whole
 * workspace on each keystroke; with a known row height the window is plain arithmetic on scrollTop.
 */
export function FixedRowList<T>({ items, rowKey, rowHeight, maxHeight, renderRow, ref }: Props<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  // The last scrollTop set or seen, so scrolling never needs to read (and so lay out) the DOM.
  const scrolled = useRef(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [slots] = useState(rowSlots);

  const total = items.length * rowHeight;
  const height = Math.min(maxHeight, total);
  const top = Math.min(scrollTop, Math.max(0, total - height));
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const inView = items.slice(first, last);
  const keys = slots.keys(inView.map(rowKey));

  const scrollTo = (next: number) => {
    if (next === scrolled.current) return;
    scrolled.current = next;
    if (viewport.current) viewport.current.scrollTop = next;
    setScrollTop(next);
  };

  useImperativeHandle(ref, () => ({
    showIndex(index) {
      const rowTop = index * rowHeight;
      const view = Math.min(maxHeight, total);
      if (rowTop < scrolled.current) scrollTo(rowTop);
      else if (rowTop + rowHeight > scrolled.current + view) scrollTo(rowTop + rowHeight - view);
    },
    scrollToTop() {
      scrollTo(0);
    },
  }));

  return (
    <div
      ref={viewport}
      // Its size never depends on its rows, so changing rows lays out only this box, not the page.
      style={{ height, overflowY: 'auto', overflowAnchor: 'none', contain: 'strict' }}
      onFocus={() => slots.setFocusWithin(true)}
      onBlur={(event) => slots.setFocusWithin(event.currentTarget.contains(event.relatedTarget))}
      onScroll={(event) => {
        scrolled.current = event.currentTarget.scrollTop;
        setScrollTop(scrolled.current);
      }}
    >
      <div style={{ height: total, position: 'relative' }}>
        <div style={{ position: 'absolute', top: first * rowHeight, left: 0, right: 0 }}>
          {inView.map((item, i) => (
            <Fragment key={keys[i]}>{renderRow(item)}</Fragment>
          ))}
        </div>
      </div>
    </div>
  );
}
