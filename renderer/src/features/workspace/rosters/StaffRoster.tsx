import { Checkbox, Flex, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type KeyboardEvent } from 'react';
import type { StaffMember, StaffMemberInput } from '../../../../../shared/domain/audit';
import { STAFF_QUALIFICATIONS, type StaffQualification } from '../../../../../shared/domain/standard';
import { useT } from '../../../app/useT';
import { arrowDelta, gridCell, moveInGrid } from './grid-keys';
import { departmentLabel } from './labels';
import { RemoveButton } from './RemoveButton';
import { StaffAddForm, type Option } from './StaffAddForm';
import { TextCell } from './TextCell';
import './rosters.css';

export interface StaffRosterProps {
  rows: StaffMember[];
  departments: string[];
  onSave(row: StaffMemberInput & { id?: string }): Promise<void>;
  onRemove(id: string): Promise<void>;
  disabled: boolean;
}

type TextField = 'name' | 'licenseNo' | 'practiceSite';

const PAGE_SIZE = 50;

/** The row as the contract takes it: optional text that is empty is absent, not "". */
function withChange(row: StaffMember, change: Partial<StaffMemberInput>): StaffMemberInput & { id: string } {
  const next = { ...row, ...change };
  for (const key of ['licenseNo', 'practiceSite', 'department'] as const) {
    const value = next[key];
    if (value === undefined || value.trim() === '') delete next[key];
  }
  return next;
}

const onArrowMove = (event: KeyboardEvent<HTMLInputElement>) => {
  const delta = arrowDelta(event);
  if (delta !== undefined && moveInGrid(event.currentTarget, delta)) event.preventDefault();
};

/**
 * Staff of the facility: every cell saves as it is left (text) or changed (choices); ↑ / ↓ move
 * between rows in text fields and checkboxes, as in a spreadsheet.
 */
export function StaffRoster({ rows, departments, onSave, onRemove, disabled }: StaffRosterProps) {
  const { t } = useT();

  const qualificationOptions = useMemo<Option[]>(
    () => STAFF_QUALIFICATIONS.map((q) => ({ value: q, label: t(`qualification.${q}`) })),
    [t],
  );
  // The standard's departments, plus any a row already names (e.g. from an imported form).
  const departmentOptions = useMemo<Option[] | undefined>(() => {
    const codes = new Set(departments);
    for (const row of rows) if (row.department) codes.add(row.department);
    return codes.size === 0 ? undefined : [...codes].map((code) => ({ value: code, label: departmentLabel(t, code) }));
  }, [departments, rows, t]);

  const columns = useMemo<ColumnsType<StaffMember>>(() => {
    const save = (row: StaffMember, change: Partial<StaffMemberInput>) => {
      if (!disabled) void onSave(withChange(row, change));
    };
    const cellLabel = (column: string, index: number) => t('ui.rosters.staff.cell', { column, row: index + 1 });
    const textColumn = (field: TextField, titleKey: Parameters<typeof t>[0], maxLength: number, width: number) => ({
      key: field,
      title: t(titleKey),
      width,
      render: (_: unknown, row: StaffMember, index: number) => (
        <TextCell
          value={row[field] ?? ''}
          label={cellLabel(t(titleKey), index)}
          maxLength={maxLength}
          disabled={disabled}
          dataAttributes={gridCell(index, field)}
          onCommit={(text) => {
            if (field === 'name' && text.trim() === '') return false;
            save(row, { [field]: text.trim() });
            return true;
          }}
          onMove={(delta, from) => moveInGrid(from, delta)}
        />
      ),
    });

    const result: ColumnsType<StaffMember> = [
      { key: 'index', title: '#', width: 48, render: (_, __, index) => index + 1 },
      textColumn('name', 'ui.rosters.staff.name', 60, 150),
      {
        key: 'qualification',
        title: t('ui.rosters.staff.qualification'),
        width: 180,
        render: (_, row, index) => (
          <Select<StaffQualification>
            size="small"
            value={row.qualification}
            options={qualificationOptions}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={cellLabel(t('ui.rosters.staff.qualification'), index)}
            disabled={disabled}
            style={{ width: '100%' }}
            onChange={(qualification) => save(row, { qualification })}
          />
        ),
      },
      textColumn('licenseNo', 'ui.rosters.staff.license_no', 40, 190),
      textColumn('practiceSite', 'ui.rosters.staff.practice_site', 100, 190),
    ];
    if (departmentOptions) {
      result.push({
        key: 'department',
        title: t('ui.rosters.staff.department'),
        width: 160,
        render: (_, row, index) => (
          <Select
            size="small"
            value={row.department}
            allowClear
            options={departmentOptions}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={cellLabel(t('ui.rosters.staff.department'), index)}
            placeholder={t('ui.rosters.none')}
            disabled={disabled}
            style={{ width: '100%' }}
            onChange={(department?: string) => save(row, { department: department ?? '' })}
          />
        ),
      });
    }
    result.push(
      {
        key: 'verified',
        title: t('ui.rosters.staff.verified'),
        width: 110,
        align: 'center',
        render: (_, row, index) => (
          <Checkbox
            checked={row.verified}
            aria-label={cellLabel(t('ui.rosters.staff.verified'), index)}
            disabled={disabled}
            onChange={(e) => save(row, { verified: e.target.checked })}
            onKeyDown={onArrowMove}
            {...gridCell(index, 'verified')}
          />
        ),
      },
      {
        key: 'actions',
        title: t('ui.rosters.staff.actions'),
        width: 72,
        render: (_, row, index) => (
          <RemoveButton
            label={t('ui.rosters.staff.remove_row', { row: index + 1, name: row.name })}
            disabled={disabled}
            onConfirm={() => void onRemove(row.id)}
          />
        ),
      },
    );
    return result;
  }, [t, disabled, qualificationOptions, departmentOptions, onSave, onRemove]);

  const verified = rows.filter((r) => r.verified).length;

  return (
    <Flex vertical gap={12} className="dabiao-roster" data-testid="staff-roster">
      <Typography.Text className="dabiao-muted" data-testid="staff-summary">
        {t('ui.rosters.staff.summary', { count: rows.length, verified })}
      </Typography.Text>
      <div data-roster-grid role="group" aria-label={t('ui.rosters.staff.table')}>
        <Table<StaffMember>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
          locale={{ emptyText: t('ui.rosters.staff.empty') }}
        />
      </div>
      <StaffAddForm
        qualificationOptions={qualificationOptions}
        departmentOptions={departmentOptions}
        disabled={disabled}
        onAdd={(row) => void onSave(row)}
      />
    </Flex>
  );
}
