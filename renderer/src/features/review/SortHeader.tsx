import { useT } from '../../app/useT';
import { MUTED } from '../../components/styles';
import type { PlaceSort, SortKey } from './rankings-sort';

interface Props {
  label: string;
  sortKey: SortKey;
  sort: PlaceSort;
  onSort: (key: SortKey) => void;
}

const ARROW = { ascending: '▲', descending: '▼' } as const;

/** A column header that sorts: a real button (Tab, Enter, Space), its name saying the current order. */
export function SortHeader({ label, sortKey, sort, onSort }: Props) {
  const { t } = useT();
  const active = sort.key === sortKey;
  const state = active ? t(`ui.review.sorted_${sort.direction}`) : t('ui.review.sortable');
  return (
    <button
      type="button"
      className="review-sort"
      aria-label={t('ui.review.sort_button', { label, state })}
      title={state}
      onClick={() => onSort(sortKey)}
    >
      {label}
      <span aria-hidden style={{ marginInlineStart: 4, ...(active ? {} : MUTED) }}>
        {active ? ARROW[sort.direction] : '↕'}
      </span>
    </button>
  );
}
