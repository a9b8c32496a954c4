import { Button, Empty, Flex, Spin } from 'antd';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useT } from '../app/useT';
import './keyboard-table.css';

export interface KeyboardColumn<T> {
  key: string;
  title: ReactNode;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
  width?: number | string;
  /** Dates, scores and tags read badly broken over two lines. */
  nowrap?: boolean;
}

export interface KeyboardTableHandle {
  /** Moves focus into the table (first row of the page), e.g. on ArrowDown from a search field. */
  focusFirstRow(): void;
}

interface Props<T> {
  /** Accessible name of the table. */
  label: string;
  columns: readonly KeyboardColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Click, Enter or Space on a row. */
  onOpen: (row: T) => void;
  emptyText: ReactNode;
  pageSize?: number;
  selectedKey?: string | null;
  loading?: boolean;
  testId?: string;
  handleRef?: Ref<KeyboardTableHandle>;
}

const ALIGN_CLASS = { left: undefined, right: 'kt-right', center: 'kt-center' } as const;

/**
 * A plain, light table (antd's Table would double the first screen's script) whose rows are one
 * tab stop: arrows, Home/End and PageUp/PageDown move, Enter or Space opens.
 */
export function KeyboardTable<T>(props: Props<T>) {
  const { label, columns, rows, rowKey, onOpen, emptyText, pageSize = 50, selectedKey, loading, testId } = props;
  const { t } = useT();
  const [page, setPage] = useState(0);
  const [active, setActive] = useState(0);
  const [shownRows, setShownRows] = useState(rows);
  const rowEls = useRef<(HTMLTableRowElement | null)[]>([]);
  const pendingFocus = useRef<number | null>(null);

  // New rows (another search or filter) start again at the first page.
  if (rows !== shownRows) {
    setShownRows(rows);
    setPage(0);
    setActive(0);
  }

  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pageCount - 1);
  const start = current * pageSize;
  const visible = rows.slice(start, start + pageSize);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    rowEls.current[pendingFocus.current]?.focus();
    pendingFocus.current = null;
  });

  const focusAt = (targetPage: number, index: number) => {
    if (targetPage !== current) {
      pendingFocus.current = index;
      setPage(targetPage);
      setActive(index);
      return;
    }
    rowEls.current[index]?.focus();
  };

  useImperativeHandle(props.handleRef, () => ({ focusFirstRow: () => focusAt(current, 0) }));

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) => {
    const last = visible.length - 1;
    const moves: Record<string, () => void> = {
      ArrowDown: () =>
        index < last ? focusAt(current, index + 1) : current + 1 < pageCount && focusAt(current + 1, 0),
      ArrowUp: () => (index > 0 ? focusAt(current, index - 1) : current > 0 && focusAt(current - 1, pageSize - 1)),
      Home: () => focusAt(current, 0),
      End: () => focusAt(current, last),
      PageDown: () => current + 1 < pageCount && focusAt(current + 1, 0),
      PageUp: () => current > 0 && focusAt(current - 1, 0),
      Enter: () => onOpen(row),
      ' ': () => onOpen(row),
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move();
  };

  return (
    <Spin spinning={loading ?? false} delay={200}>
      <div className="kt-wrap">
        <table className="kt" aria-label={label} data-testid={testId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={ALIGN_CLASS[column.align ?? 'left']}
                  style={{ width: column.width }}
                >
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 ? (
              <tr className="kt-empty">
                <td colSpan={columns.length}>
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
                </td>
              </tr>
            ) : (
              visible.map((row, index) => {
                const key = rowKey(row);
                return (
                  <tr
                    key={key}
                    data-row-key={key}
                    ref={(el) => {
                      rowEls.current[index] = el;
                    }}
                    tabIndex={index === Math.min(active, visible.length - 1) ? 0 : -1}
                    className={key === selectedKey ? 'kt-selected' : undefined}
                    onFocus={() => setActive(index)}
                    onClick={() => onOpen(row)}
                    onKeyDown={(event) => onRowKeyDown(event, index, row)}
                  >
                    {columns.map((column) => (
                      <td
                        key={column.key}
                        className={ALIGN_CLASS[column.align ?? 'left']}
                        style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                      >
                        {column.render(row)}
                      </td>
                    ))}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? (
        <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 12 }}>
          <span aria-live="polite">
            {t('ui.table.range', { from: start + 1, to: start + visible.length, total: rows.length })}
          </span>
          <Button size="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('ui.table.previous')}
          </Button>
          <Button size="small" disabled={current + 1 >= pageCount} onClick={() => setPage(current + 1)}>
            {t('ui.table.next')}
          </Button>
        </Flex>
      ) : null}
    </Spin>
  );
}
