import { Checkbox, Flex, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type KeyboardEvent } from 'react';
import type { EquipmentItem, EquipmentItemInput } from '../../../../../shared/domain/audit';
import type { EquipmentCatalog } from '../../../../../shared/domain/catalog';
import { useT } from '../../../app/useT';
import { arrowDelta, gridCell, moveInGrid } from './grid-keys';
import { RemoveButton } from './RemoveButton';
import { TextCell } from './TextCell';
import './rosters.css';

export interface EquipmentRosterProps {
  rows: EquipmentItem[];
  catalog: EquipmentCatalog;
  expectedCodes: string[];
  onSave(row: EquipmentItemInput & { id?: string }): Promise<void>;
  onRemove(id: string): Promise<void>;
  disabled: boolean;
}

/** One table line: an item the standard expects (recorded or not yet), or another recorded item. */
interface Line {
  key: string;
  code: string;
  name: string;
  expected: boolean;
  row: EquipmentItem | undefined;
}

const DIGITS = /^\d{0,5}$/;

function valueOf(line: Line): EquipmentItemInput {
  if (line.row) {
    const { id: _id, ...value } = line.row;
    return value;
  }
  return { catalogCode: line.code, present: false, working: false, count: 0 };
}

/**
 * Ticking keeps the row consistent: what works is present, what is absent does not work, and a
 * newly present item counts at least one. (Whether that satisfies a criterion is the scorer's call.)
 */
export function applyChange(value: EquipmentItemInput, change: Partial<EquipmentItemInput>): EquipmentItemInput {
  const next = { ...value, ...change };
  if (change.present === true && !value.present) {
    next.working = true;
    if (next.count === 0) next.count = 1;
  }
  if (change.present === false) {
    next.working = false;
    next.count = 0;
  }
  if (change.working === true) next.present = true;
  if (change.count !== undefined) next.present = change.count > 0;
  if (!next.present) next.working = false;
  return next;
}

const onArrowMove = (event: KeyboardEvent<HTMLInputElement>) => {
  const delta = arrowDelta(event);
  if (delta !== undefined && moveInGrid(event.currentTarget, delta)) event.preventDefault();
};

/** The equipment the standard expects first, then anything else found on site, added from the catalogue. */
export function EquipmentRoster({ rows, catalog, expectedCodes, onSave, onRemove, disabled }: EquipmentRosterProps) {
  const { t, locale } = useT();

  const nameOf = useMemo(() => {
    const names = new Map(catalog.items.map((i) => [i.code, i.name[locale]]));
    return (code: string) => names.get(code) ?? code;
  }, [catalog, locale]);

  const lines = useMemo<Line[]>(() => {
    const used = new Set<string>();
    const expected = [...new Set(expectedCodes)].map((code) => {
      const row = rows.find((r) => r.catalogCode === code);
      if (row) used.add(row.id);
      return { key: `expected:${code}`, code, name: nameOf(code), expected: true, row };
    });
    const others = rows
      .filter((r) => !used.has(r.id))
      .map((row) => ({ key: row.id, code: row.catalogCode, name: nameOf(row.catalogCode), expected: false, row }));
    return [...expected, ...others];
  }, [rows, expectedCodes, nameOf]);

  const addOptions = useMemo(() => {
    const listed = new Set(lines.map((l) => l.code));
    return catalog.items
      .filter((i) => !listed.has(i.code))
      .map((i) => ({ value: i.code, label: `${i.name[locale]} · ${i.code}` }));
  }, [catalog, lines, locale]);

  const columns = useMemo<ColumnsType<Line>>(() => {
    const save = (line: Line, change: Partial<EquipmentItemInput>) => {
      if (disabled) return;
      const next = applyChange(valueOf(line), change);
      void onSave(line.row ? { ...next, id: line.row.id } : next);
    };
    return [
      {
        key: 'item',
        title: t('ui.rosters.equipment.item'),
        render: (_, line) => (
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{line.name}</Typography.Text>
            <Typography.Text className="dabiao-muted">{line.code}</Typography.Text>
            {line.expected ? <Tag color="blue">{t('ui.rosters.equipment.expected_tag')}</Tag> : null}
          </Flex>
        ),
      },
      {
        key: 'present',
        title: t('ui.rosters.equipment.present'),
        width: 90,
        align: 'center',
        render: (_, line, index) => (
          <Checkbox
            checked={valueOf(line).present}
            aria-label={t('ui.rosters.equipment.present_of', { name: line.name })}
            disabled={disabled}
            onChange={(e) => save(line, { present: e.target.checked })}
            onKeyDown={onArrowMove}
            data-testid={`equipment-present-${line.code}`}
            {...gridCell(index, 'present')}
          />
        ),
      },
      {
        key: 'working',
        title: t('ui.rosters.equipment.working'),
        width: 110,
        align: 'center',
        render: (_, line, index) => (
          <Checkbox
            checked={valueOf(line).working}
            aria-label={t('ui.rosters.equipment.working_of', { name: line.name })}
            disabled={disabled}
            onChange={(e) => save(line, { working: e.target.checked })}
            onKeyDown={onArrowMove}
            {...gridCell(index, 'working')}
          />
        ),
      },
      {
        key: 'count',
        title: t('ui.rosters.equipment.count'),
        width: 100,
        render: (_, line, index) => (
          <TextCell
            value={line.row ? String(line.row.count) : ''}
            label={t('ui.rosters.equipment.count_of', { name: line.name })}
            inputMode="numeric"
            accept={(text) => DIGITS.test(text)}
            disabled={disabled}
            width={72}
            dataAttributes={gridCell(index, 'count')}
            onCommit={(text) => save(line, { count: text === '' ? 0 : Number(text) })}
            onMove={(delta, from) => moveInGrid(from, delta)}
          />
        ),
      },
      {
        key: 'actions',
        title: t('ui.rosters.staff.actions'),
        width: 72,
        render: (_, line) =>
          !line.expected && line.row ? (
            <RemoveButton
              label={t('ui.rosters.equipment.remove_of', { name: line.name })}
              disabled={disabled}
              onConfirm={() => line.row && void onRemove(line.row.id)}
            />
          ) : null,
      },
    ];
  }, [t, disabled, onSave, onRemove]);

  const expectedLines = lines.filter((l) => l.expected);
  const present = expectedLines.filter((l) => l.row?.present).length;
  const working = expectedLines.filter((l) => l.row?.present && l.row.working).length;

  return (
    <Flex vertical gap={12} className="dabiao-roster" data-testid="equipment-roster">
      <Flex gap={12} wrap align="center">
        <Typography.Text data-testid="equipment-summary">
          {t('ui.rosters.equipment.summary', { total: expectedLines.length, present, working })}
        </Typography.Text>
        <Typography.Text className="dabiao-muted">{t('ui.rosters.equipment.hint')}</Typography.Text>
      </Flex>
      <div data-roster-grid role="group" aria-label={t('ui.rosters.equipment.table')}>
        <Table<Line>
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={lines}
          pagination={false}
          locale={{ emptyText: t('ui.rosters.equipment.empty') }}
        />
      </div>
      <Select
        value={null}
        showSearch={{ optionFilterProp: 'label' }}
        options={addOptions}
        aria-label={t('ui.rosters.equipment.add')}
        placeholder={t('ui.rosters.equipment.add_placeholder')}
        disabled={disabled}
        style={{ maxWidth: 420 }}
        onChange={(code: string | null) => {
          if (code && !disabled) void onSave({ catalogCode: code, present: true, working: true, count: 1 });
        }}
      />
    </Flex>
  );
}
