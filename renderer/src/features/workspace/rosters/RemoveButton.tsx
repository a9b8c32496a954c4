import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useT } from '../../../app/useT';

interface Props {
  label: string;
  disabled: boolean;
  onConfirm: () => void;
}

/** Removing a row asks once; the confirm button takes focus, so Enter, Enter removes by keyboard. */
export function RemoveButton({ label, disabled, onConfirm }: Props) {
  const { t } = useT();
  return (
    <Popconfirm
      title={t('ui.rosters.remove_confirm')}
      okText={t('ui.rosters.remove')}
      cancelText={t('ui.rosters.cancel')}
      okButtonProps={{ danger: true, autoFocus: true, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      onConfirm={onConfirm}
      disabled={disabled}
    >
      <Button
        autoInsertSpace={false}
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={label}
        disabled={disabled}
      />
    </Popconfirm>
  );
}
