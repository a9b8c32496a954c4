import { Button, Segmented, Select, Space, Typography, type RefSelectProps } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../app/useT';
import type { ViewMode } from './store';
import { selectCriteriaCount } from './selectors';
import { useFocusRegistry, useWorkspace, useWorkspaceActions } from './workspace-context';

/** Search, view mode and previous/next: each also has a key (see the shortcuts sheet). */
export function CriterionToolbar() {
  const { t, locale } = useT();
  const actions = useWorkspaceActions();
  const focus = useFocusRegistry();
  const criteria = useWorkspace((s) => s.model?.criteria);
  const current = useWorkspace((s) => s.ui.current);
  const mode = useWorkspace((s) => s.ui.mode);
  const total = useWorkspace(selectCriteriaCount);
  const search = useRef<RefSelectProps>(null);

  const options = useMemo(
    () => (criteria ?? []).map((c) => ({ value: c.id, label: `${c.id} ${c.title[locale]}` })),
    [criteria, locale],
  );

  useEffect(() => focus.register('search', () => search.current?.focus()), [focus]);

  return (
    <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
      <Select<string>
        ref={search}
        aria-label={t('ui.workspace.search')}
        data-testid="criterion-search"
        placeholder={t('ui.workspace.search_placeholder')}
        value={null}
        options={options}
        showSearch={{
          filterOption: (input, option) =>
            String(option?.label ?? '')
              .toLowerCase()
              .includes(input.trim().toLowerCase()),
        }}
        onChange={(id) => {
          actions.goTo(id);
          search.current?.blur();
        }}
        style={{ width: 320 }}
        popupMatchSelectWidth={480}
        // Without the closing animation the list is gone as soon as a criterion is picked; while
        // it animated out, its unnamed listbox was still exposed to assistive technology.
        transitionName=""
      />
      <Space wrap>
        <Segmented<ViewMode>
          aria-label={t('ui.workspace.mode')}
          name="workspace-mode"
          value={mode}
          options={[
            { value: 'single', label: t('ui.workspace.mode.single') },
            { value: 'list', label: t('ui.workspace.mode.list') },
          ]}
          onChange={actions.setMode}
        />
        <Button onClick={actions.previous} disabled={current <= 0}>
          {t('ui.workspace.previous')}
        </Button>
        <Typography.Text data-testid="criterion-position">
          {t('ui.workspace.position', { index: current + 1, total })}
        </Typography.Text>
        <Button onClick={actions.next} disabled={current >= total - 1}>
          {t('ui.workspace.next')}
        </Button>
      </Space>
    </Space>
  );
}
