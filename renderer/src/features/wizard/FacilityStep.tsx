import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Facility } from '../../../../shared/domain/facility';
import { useT } from '../../app/useT';
import { KeyboardTable, type KeyboardColumn, type KeyboardTableHandle } from '../../components/KeyboardTable';
import { useDebounced } from '../../components/useDebounced';
import { useWizardStore } from './store';
import { MUTED_SMALL } from '../../components/styles';

interface Props {
  /** Chooses a facility and moves on to the standard. */
  onChosen: (facility: Facility) => void;
  /** Opens the new-facility form (outside the wizard's form element, so its Enter stays its own). */
  onCreate: () => void;
}

export function FacilityStep({ onChosen, onCreate }: Props) {
  const { t } = useT();
  const searched = useWizardStore((s) => s.facilityQuery);
  const results = useWizardStore((s) => s.facilityResults);
  const searching = useWizardStore((s) => s.searching);
  const chosen = useWizardStore((s) => s.facility);
  const searchFacilities = useWizardStore((s) => s.searchFacilities);
  const [text, setText] = useState(searched);
  const tableRef = useRef<KeyboardTableHandle>(null);

  const settled = useDebounced(text, 200);
  useEffect(() => {
    if (settled !== searched) void searchFacilities(settled);
  }, [settled, searched, searchFacilities]);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      tableRef.current?.focusFirstRow();
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing && !event.ctrlKey) {
      // One match: take it. Otherwise go and pick from the list (unless one is already chosen).
      const only = results.length === 1 && searched === text && !searching ? results[0] : undefined;
      if (only) {
        event.preventDefault();
        onChosen(only);
      } else if (!chosen) {
        event.preventDefault();
        tableRef.current?.focusFirstRow();
      }
    }
  };

  const columns: KeyboardColumn<Facility>[] = [
    {
      key: 'name',
      title: t('ui.facilities.name'),
      render: (f) => (
        <>
          <div>{f.name}</div>
          <div style={MUTED_SMALL}>{f.code}</div>
        </>
      ),
    },
    { key: 'level', title: t('ui.facilities.level'), render: (f) => t(`level.${f.level}`) },
    {
      key: 'place',
      title: t('ui.facilities.place'),
      render: (f) => [f.adminPath.county, f.adminPath.township, f.adminPath.village].filter(Boolean).join(' · '),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8}>
        <Input
          autoFocus
          type="search"
          aria-label={t('ui.wizard.facility_search')}
          placeholder={t('ui.wizard.facility_search_placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onSearchKey}
          style={{ maxWidth: 420 }}
        />
        <Button icon={<PlusOutlined />} onClick={onCreate}>
          {t('ui.facilities.new')}
        </Button>
      </Flex>
      {chosen ? (
        <Alert
          type="success"
          showIcon
          title={t('ui.wizard.facility_chosen', { name: chosen.name, code: chosen.code })}
        />
      ) : null}
      <KeyboardTable
        label={t('ui.wizard.facility_results')}
        testId="wizard-facilities"
        columns={columns}
        rows={results}
        rowKey={(f) => f.id}
        selectedKey={chosen?.id ?? null}
        onOpen={onChosen}
        emptyText={t('ui.wizard.no_facility')}
        loading={searching}
        pageSize={6}
        handleRef={tableRef}
      />
    </Flex>
  );
}
