import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Typography, type InputRef } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { StaffMemberInput } from '../../../../../shared/domain/audit';
import type { StaffQualification } from '../../../../../shared/domain/standard';
import { useT } from '../../../app/useT';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  qualificationOptions: Option[];
  departmentOptions: Option[] | undefined;
  disabled: boolean;
  onAdd: (row: StaffMemberInput) => void;
}

const trimmedOrAbsent = <K extends string>(key: K, text: string): { [P in K]?: string } =>
  (text.trim() === '' ? {} : { [key]: text.trim() }) as { [P in K]?: string };

/**
 * The line that adds a person: Enter in any field adds, then the name field is ready for the
 * next one. The qualification stays chosen, since people are usually entered group by group.
 */
export function StaffAddForm({ qualificationOptions, departmentOptions, disabled, onAdd }: Props) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [qualification, setQualification] = useState<StaffQualification>();
  const [licenseNo, setLicenseNo] = useState('');
  const [practiceSite, setPracticeSite] = useState('');
  const [department, setDepartment] = useState<string>();
  const [verified, setVerified] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const nameRef = useRef<InputRef>(null);

  const label = (column: string) => t('ui.rosters.staff.new_cell', { column });

  const submit = () => {
    if (disabled) return;
    if (name.trim() === '' || qualification === undefined) {
      setIncomplete(true);
      return;
    }
    onAdd({
      name: name.trim(),
      qualification,
      ...trimmedOrAbsent('licenseNo', licenseNo),
      ...trimmedOrAbsent('practiceSite', practiceSite),
      ...(department === undefined ? {} : { department }),
      verified,
    });
    setName('');
    setLicenseNo('');
    setPracticeSite('');
    setVerified(false);
    setIncomplete(false);
    nameRef.current?.focus();
  };

  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Flex vertical gap={4} data-testid="staff-add-form">
      <Flex gap={8} wrap align="center">
        <Input
          ref={nameRef}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={onEnter}
          aria-label={label(t('ui.rosters.staff.name'))}
          placeholder={t('ui.rosters.staff.name')}
          maxLength={60}
          disabled={disabled}
          style={{ width: 140 }}
        />
        <Select<StaffQualification>
          value={qualification}
          onChange={setQualification}
          options={qualificationOptions}
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={label(t('ui.rosters.staff.qualification'))}
          placeholder={t('ui.rosters.staff.qualification')}
          disabled={disabled}
          style={{ width: 170 }}
        />
        <Input
          value={licenseNo}
          onChange={(e) => setLicenseNo(e.target.value)}
          onKeyDown={onEnter}
          aria-label={label(t('ui.rosters.staff.license_no'))}
          placeholder={t('ui.rosters.staff.license_no')}
          maxLength={40}
          disabled={disabled}
          style={{ width: 180 }}
        />
        <Input
          value={practiceSite}
          onChange={(e) => setPracticeSite(e.target.value)}
          onKeyDown={onEnter}
          aria-label={label(t('ui.rosters.staff.practice_site'))}
          placeholder={t('ui.rosters.staff.practice_site')}
          maxLength={100}
          disabled={disabled}
          style={{ width: 180 }}
        />
        {departmentOptions ? (
          <Select
            value={department}
            onChange={setDepartment}
            allowClear
            options={departmentOptions}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={label(t('ui.rosters.staff.department'))}
            placeholder={t('ui.rosters.staff.department')}
            disabled={disabled}
            style={{ width: 150 }}
          />
        ) : null}
        <Checkbox
          checked={verified}
          onChange={(e) => setVerified(e.target.checked)}
          onKeyDown={onEnter}
          aria-label={label(t('ui.rosters.staff.verified'))}
          disabled={disabled}
        >
          {t('ui.rosters.staff.verified')}
        </Checkbox>
        <Button autoInsertSpace={false} icon={<PlusOutlined />} onClick={submit} disabled={disabled}>
          {t('ui.rosters.staff.add')}
        </Button>
      </Flex>
      <Typography.Text
        className={incomplete ? 'dabiao-warning' : 'dabiao-muted'}
        role={incomplete ? 'alert' : undefined}
      >
        {t(incomplete ? 'ui.rosters.staff.add_incomplete' : 'ui.rosters.staff.add_hint')}
      </Typography.Text>
    </Flex>
  );
}
