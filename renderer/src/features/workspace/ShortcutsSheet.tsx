import { Modal, Typography } from 'antd';
import type { MessageKey } from '../../../../shared/i18n/format';
import { useT } from '../../app/useT';
import { useWorkspace, useWorkspaceActions } from './workspace-context';
import { MUTED } from './tones';

/** The keys of useWorkspaceShortcuts, as the sheet lists them. */
const SHORTCUTS: readonly { keys: string[]; action: MessageKey }[] = [
  { keys: ['j', '↓'], action: 'ui.workspace.shortcuts.next' },
  { keys: ['k', '↑'], action: 'ui.workspace.shortcuts.previous' },
  { keys: ['y'], action: 'ui.workspace.shortcuts.yes' },
  { keys: ['n'], action: 'ui.workspace.shortcuts.no' },
  { keys: ['a'], action: 'ui.workspace.shortcuts.na' },
  { keys: ['0–9'], action: 'ui.workspace.shortcuts.number' },
  { keys: ['Enter'], action: 'ui.workspace.shortcuts.enter' },
  { keys: ['g', '1–9'], action: 'ui.workspace.shortcuts.section' },
  { keys: ['/'], action: 'ui.workspace.shortcuts.search' },
  { keys: ['f'], action: 'ui.workspace.shortcuts.finding' },
  { keys: ['l'], action: 'ui.workspace.shortcuts.mode' },
  { keys: ['Ctrl+Z'], action: 'ui.workspace.shortcuts.undo' },
  { keys: ['Esc'], action: 'ui.workspace.shortcuts.escape' },
  { keys: ['?'], action: 'ui.workspace.shortcuts.help' },
];

export function ShortcutsSheet() {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const open = useWorkspace((s) => s.ui.shortcutsOpen);
  return (
    <Modal
      open={open}
      title={t('ui.workspace.shortcuts.title')}
      footer={null}
      onCancel={() => actions.setShortcutsOpen(false)}
      data-testid="shortcuts-sheet"
    >
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'start', paddingBlock: 4 }}>{t('ui.workspace.shortcuts.key')}</th>
            <th style={{ textAlign: 'start', paddingBlock: 4 }}>{t('ui.workspace.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td style={{ paddingBlock: 4, whiteSpace: 'nowrap' }}>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? (s.action === 'ui.workspace.shortcuts.section' ? ' + ' : ' / ') : null}
                    <Typography.Text keyboard>{k}</Typography.Text>
                  </span>
                ))}
              </td>
              <td style={{ paddingBlock: 4 }}>{t(s.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Typography.Paragraph style={{ ...MUTED, marginTop: 12, marginBottom: 0 }}>
        {t('ui.workspace.shortcuts.note')}
      </Typography.Paragraph>
    </Modal>
  );
}
