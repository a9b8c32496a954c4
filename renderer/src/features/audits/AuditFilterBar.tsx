import { Alert, Button, Flex, Input, type InputRef } from 'antd';
import type { KeyboardEvent, Ref } from 'react';
import { AUDIT_KINDS, AUDIT_STATUSES } from '../../../../shared/domain/audit';
import { FACILITY_LEVELS } from '../../../../shared/domain/common';
import { useT } from '../../app/useT';
import { NativeSelect } from '../../components/NativeSelect';
import { activeFilterCount, dateRangeInverted } from './audit-filters';
import { useAuditsStore } from './store';

interface Props {
  searchRef: Ref<InputRef>;
  /** ArrowDown in the search field moves into the list. */
  onLeaveSearch: () => void;
}

/** Date inputs are native: typed digit by digit, no picker to open, and no date library to load. */
export function AuditFilterBar({ searchRef, onLeaveSearch }: Props) {
  const { t } = useT();
  const query = useAuditsStore((s) => s.query);
  const filters = useAuditsStore((s) => s.filters);
  const setQuery = useAuditsStore((s) => s.setQuery);
  const setFilters = useAuditsStore((s) => s.setFilters);
  const clearFilters = useAuditsStore((s) => s.clearFilters);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onLeaveSearch();
    }
  };

  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Flex gap={8} wrap align="center">
        <Input
          ref={searchRef}
          type="search"
          allowClear
          style={{ width: 250 }}
          aria-label={t('ui.audits.search')}
          aria-keyshortcuts="/"
          placeholder={t('ui.audits.search_placeholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
        />
        <NativeSelect
          label={t('ui.audits.level')}
          allLabel={t('ui.audits.all_levels')}
          width={150}
          value={filters.level}
          options={FACILITY_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
          onChange={(level) => setFilters({ level })}
        />
        <NativeSelect
          label={t('ui.audits.kind')}
          allLabel={t('ui.audits.all_kinds')}
          width={140}
          value={filters.kind}
          options={AUDIT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          onChange={(kind) => setFilters({ kind })}
        />
        <NativeSelect
          label={t('ui.audits.status')}
          allLabel={t('ui.audits.all_statuses')}
          width={130}
          value={filters.status}
          options={AUDIT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          onChange={(status) => setFilters({ status })}
        />
        <Input
          type="date"
          style={{ width: 140 }}
          aria-label={t('ui.audits.date_from')}
          value={filters.from ?? ''}
          onChange={(event) => setFilters({ from: event.target.value || null })}
        />
        <span aria-hidden>–</span>
        <Input
          type="date"
          style={{ width: 140 }}
          aria-label={t('ui.audits.date_to')}
          value={filters.to ?? ''}
          onChange={(event) => setFilters({ to: event.target.value || null })}
        />
        <Button disabled={activeFilterCount(filters) === 0 && !query} onClick={clearFilters}>
          {t('ui.audits.clear_filters')}
        </Button>
      </Flex>
      {dateRangeInverted(filters) ? <Alert type="warning" showIcon title={t('ui.audits.date_inverted')} /> : null}
    </Flex>
  );
}
