import { PlusOutlined } from '@ant-design/icons';
import { Button, type InputRef } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../app/useT';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { KeyboardTableHandle } from '../../components/KeyboardTable';
import { PageHeader } from '../../components/PageHeader';
import { useDebounced } from '../../components/useDebounced';
import { useShortcut } from '../../components/useShortcut';
import { filterAudits } from './audit-filters';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditsTable } from './AuditsTable';
import { useAuditsStore } from './store';
import { MUTED } from '../../components/styles';

/** Fresh on every visit (progress moves while the list is away); the first failure shows as the page's error. */
export async function auditsLoader(): Promise<null> {
  const store = useAuditsStore.getState();
  await store.load();
  const { error } = useAuditsStore.getState();
  if (error) throw error;
  return null;
}

export function AuditsPage() {
  const { t } = useT();
  const navigate = useNavigate();
  const audits = useAuditsStore((s) => s.audits);
  const filters = useAuditsStore((s) => s.filters);
  const query = useAuditsStore((s) => s.query);
  const searched = useAuditsStore((s) => s.searched);
  const loading = useAuditsStore((s) => s.loading);
  const error = useAuditsStore((s) => s.error);
  const load = useAuditsStore((s) => s.load);
  const visible = useMemo(() => filterAudits(audits, filters), [audits, filters]);
  const searchRef = useRef<InputRef>(null);
  const tableRef = useRef<KeyboardTableHandle>(null);

  const settledQuery = useDebounced(query.trim(), 250);
  useEffect(() => {
    if (settledQuery !== searched) void load();
  }, [settledQuery, searched, load]);

  const newAudit = () => void navigate('/audits/new');
  useShortcut({ key: '/' }, () => searchRef.current?.focus());
  useShortcut({ key: 'KeyN', alt: true, whileTyping: true }, newAudit);

  return (
    <>
      <PageHeader
        title={t('ui.nav.audits')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} aria-keyshortcuts="Alt+N" onClick={newAudit}>
            {t('ui.audits.new')}
          </Button>
        }
      />
      <AuditFilterBar searchRef={searchRef} onLeaveSearch={() => tableRef.current?.focusFirstRow()} />
      {error ? <ErrorAlert error={error} onRetry={() => void load()} /> : null}
      <div aria-live="polite" style={{ ...MUTED, margin: '4px 0 8px' }}>
        {t('ui.audits.count', { shown: visible.length, total: audits.length })}
      </div>
      <AuditsTable audits={visible} loading={loading} handleRef={tableRef} />
    </>
  );
}
