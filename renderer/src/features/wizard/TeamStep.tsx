import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/useT';
import { TEAM_ROLES } from '../settings/signer-profile';
import { useWizardStore } from './store';
import { MAX_TEAM } from './wizard-logic';
import { MUTED } from '../../components/styles';

export function TeamStep() {
  const { t } = useT();
  const team = useWizardStore((s) => s.team);
  const addMember = useWizardStore((s) => s.addMember);
  const updateMember = useWizardStore((s) => s.updateMember);
  const removeMember = useWizardStore((s) => s.removeMember);
  // The row whose name field takes the focus when it appears: the first on arrival, then each new one.
  const [focusRow, setFocusRow] = useState(team[0]?.rowId ?? null);
  const roles = TEAM_ROLES.map((value) => ({ value, label: t(`role.${value}`) }));

  return (
    <Flex vertical gap={12}>
      <div style={MUTED}>{t('ui.wizard.team_help')}</div>
      {team.map((row, index) => {
        const n = index + 1;
        return (
          <Flex key={row.rowId} gap={8} align="center" data-testid="team-member">
            <Input
              autoFocus={row.rowId === focusRow}
              aria-label={t('ui.wizard.member_name', { n })}
              placeholder={t('ui.wizard.member_name_placeholder')}
              maxLength={60}
              value={row.name}
              status={row.name.trim() ? undefined : 'warning'}
              onChange={(event) => updateMember(row.rowId, { name: event.target.value })}
              style={{ width: 200 }}
            />
            <Select
              aria-label={t('ui.wizard.member_role', { n })}
              value={row.role}
              options={roles}
              onChange={(role) => updateMember(row.rowId, { role })}
              style={{ width: 170 }}
            />
            <Input
              aria-label={t('ui.wizard.member_org', { n })}
              placeholder={t('ui.wizard.member_org_placeholder')}
              maxLength={100}
              value={row.organisation}
              onChange={(event) => updateMember(row.rowId, { organisation: event.target.value })}
              style={{ width: 260 }}
            />
            <Button
              aria-label={t('ui.wizard.member_remove', { n })}
              icon={<DeleteOutlined />}
              onClick={() => removeMember(row.rowId)}
            />
          </Flex>
        );
      })}
      <Button
        icon={<PlusOutlined />}
        autoFocus={team.length === 0}
        disabled={team.length >= MAX_TEAM}
        onClick={() => setFocusRow(addMember())}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('ui.wizard.member_add')}
      </Button>
    </Flex>
  );
}
