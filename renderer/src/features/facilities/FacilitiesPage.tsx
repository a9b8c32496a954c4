import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Facility } from '../../../../shared/domain/facility';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useDebounced } from '../../components/useDebounced';
import { useShortcut } from '../../components/useShortcut';
import { FacilityFormModal } from './FacilityFormModal';
import { FacilityTable } from './FacilityTable';
import { facilitiesUnder, placeDefaults } from './hierarchy';
import { ImportModal } from './ImportModal';
import { PlaceTree } from './PlaceTree';
import { useFacilitiesStore } from './store';
import { MUTED } from '../../components/styles';

export async function facilitiesLoader(): Promise<null> {
  await useFacilitiesStore.getState().load();
  const { error } = useFacilitiesStore.getState();
  if (error) throw error;
  return null;
}

/** `facility` null: a new one. */
type Editing = { facility: Facility | null } | null;

export function FacilitiesPage() {
  const { t } = useT();
  const facilities = useFacilitiesStore((s) => s.facilities);
  const matches = useFacilitiesStore((s) => s.matches);
  const selectedPlace = useFacilitiesStore((s) => s.selectedPlace);
  const query = useFacilitiesStore((s) => s.query);
  const searched = useFacilitiesStore((s) => s.searched);
  const error = useFacilitiesStore((s) => s.error);
  const { setQuery, search, load } = useFacilitiesStore.getState();
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const searchRef = useRef<InputRef>(null);

  const settled = useDebounced(query.trim(), 250);
  useEffect(() => {
    if (settled !== searched) void search();
  }, [settled, searched, search]);
  useShortcut({ key: '/' }, () => searchRef.current?.focus());

  const shown = useMemo(() => {
    const found = matches === null ? facilities : facilities.filter((f) => matches.has(f.id));
    return facilitiesUnder(found, selectedPlace);
  }, [facilities, matches, selectedPlace]);
  const place = useMemo(() => placeDefaults(selectedPlace), [selectedPlace]);

  return (
    <>
      <PageHeader
        title={t('ui.nav.facilities')}
        extra={
          <>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('ui.import.open')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ facility: null })}>
              {t('ui.facilities.new')}
            </Button>
          </>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void load()} /> : null}
      <Flex gap={16} align="flex-start">
        <Card size="small" title={t('ui.facilities.tree')} style={{ width: 220, flex: 'none' }}>
          <PlaceTree facilities={facilities} />
        </Card>
        <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }}>
          <Input
            ref={searchRef}
            type="search"
            allowClear
            aria-label={t('ui.facilities.search')}
            aria-keyshortcuts="/"
            placeholder={t('ui.facilities.search_placeholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            style={{ maxWidth: 420 }}
          />
          <div aria-live="polite" style={MUTED}>
            {t('ui.facilities.count', { count: shown.length })}
          </div>
          <FacilityTable facilities={shown} onEdit={(facility) => setEditing({ facility })} />
        </Flex>
      </Flex>
      <FacilityFormModal
        open={editing !== null}
        facility={editing?.facility ?? null}
        place={place}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
      <ImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
