import { Badge, Button, Result, Tabs } from 'antd';
import { useEffect, useMemo, type CSSProperties } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../../api';
import { PageLoading } from '../../app/PageLoading';
import { useT } from '../../app/useT';
import { ReportExportModal } from '../report-export/ReportExportModal';
import { SignaturesModal } from '../signatures/SignaturesModal';
import { CompletionDialog } from './CompletionDialog';
import { CriterionList } from './CriterionList';
import { CriterionToolbar } from './CriterionToolbar';
import { CriterionView } from './CriterionView';
import { FindingForm } from './FindingForm';
import { FindingsList } from './FindingsList';
import { DrugPanel, EquipmentPanel, StaffPanel } from './RosterPanels';
import { ScorePanel } from './ScorePanel';
import { SectionNav } from './SectionNav';
import { ShortcutsSheet } from './ShortcutsSheet';
import type { WorkspaceStore, WorkspaceTab } from './store';
import { acquireWorkspace, releaseWorkspace, retainWorkspace } from './store-registry';
import { useWorkspaceShortcuts } from './useWorkspaceShortcuts';
import {
  useFocusRegistry,
  useWorkspace,
  useWorkspaceActions,
  useWorkspaceGetter,
  WorkspaceProvider,
} from './workspace-context';
import { WorkspaceHeader } from './WorkspaceHeader';

const COLUMNS: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '240px minmax(0, 1fr) 300px',
  gap: 12,
  alignItems: 'start',
};
/** The side panels stay in view and scroll on their own while the criteria scroll by. */
const SIDE_PANEL: CSSProperties = {
  position: 'sticky',
  top: 8,
  maxHeight: 'calc(100vh - 16px)',
  overflowY: 'auto',
  background: '#fff',
  borderRadius: 8,
};

/** Route `audits/:auditId`: the audit workspace. */
export function WorkspacePage() {
  const { auditId = '' } = useParams();
  const store = useMemo(() => acquireWorkspace(api, auditId), [auditId]);

  useEffect(() => {
    retainWorkspace(auditId, store);
    return () => releaseWorkspace(auditId, store);
  }, [auditId, store]);

  return (
    <WorkspaceProvider store={store}>
      <Workspace />
      <ReportDialogs store={store} />
    </WorkspaceProvider>
  );
}

/**
 * The export and signature dialogs, opened from the header. Outside `Workspace` so they stay
 * open whatever it shows; signing hands back the audit as the core now holds it (signed), and
 * the workspace takes it, which makes it read-only.
 */
function ReportDialogs({ store }: { store: WorkspaceStore }) {
  const audit = useWorkspace((s) => s.audit);
  const facilityName = useWorkspace((s) => s.facility?.name ?? '');
  if (!audit) return null;
  return (
    <>
      <ReportExportModal audit={audit} onAuditChanged={(next) => store.setState({ audit: next })} />
      <SignaturesModal audit={audit} facilityName={facilityName} />
    </>
  );
}

function Workspace() {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const phase = useWorkspace((s) => s.phase);
  const loadError = useWorkspace((s) => s.loadError);
  const actions = useWorkspaceActions();
  useWorkspaceShortcuts(useWorkspaceGetter(), useFocusRegistry(), locale);

  if (phase === 'loading') return <PageLoading />;
  if (phase === 'failed') {
    return (
      <Result
        status="error"
        title={t('ui.workspace.load_failed')}
        subTitle={loadError?.[locale]}
        extra={[
          <Button key="retry" type="primary" onClick={() => void actions.load()}>
            {t('ui.workspace.retry_load')}
          </Button>,
          <Button key="back" onClick={() => void navigate('/audits')}>
            {t('ui.workspace.back')}
          </Button>,
        ]}
      />
    );
  }
  return (
    <div data-testid="workspace">
      <WorkspaceHeader />
      <div style={COLUMNS}>
        <SectionNav style={SIDE_PANEL} />
        <div style={{ minWidth: 0 }}>
          <CentreTabs />
        </div>
        <ScorePanel style={SIDE_PANEL} />
      </div>
      <FindingForm />
      <CompletionDialog />
      <ShortcutsSheet />
    </div>
  );
}

function CentreTabs() {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const tab = useWorkspace((s) => s.ui.tab);
  const mode = useWorkspace((s) => s.ui.mode);
  const current = useWorkspace((s) => s.ui.current);
  const counts = useWorkspace(
    useShallow((s) => ({
      staff: s.rosters.staff.length,
      equipment: s.rosters.equipment.length,
      drugs: s.rosters.drugs.filter((d) => d.inStock).length,
      findings: s.findings.length,
    })),
  );
  const hasEquipment = useWorkspace((s) => s.equipmentCatalog !== undefined);
  const hasDrugs = useWorkspace((s) => s.drugCatalog !== undefined);
  const label = (key: WorkspaceTab, count?: number) => (
    <span>
      {t(`ui.workspace.tab.${key}`)}
      {count === undefined ? null : <Badge count={count} showZero color="#595959" style={{ marginInlineStart: 6 }} />}
    </span>
  );

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => actions.setTab(key as WorkspaceTab)}
      destroyOnHidden
      items={[
        {
          key: 'criteria',
          label: label('criteria'),
          children: (
            <>
              <CriterionToolbar />
              <div style={{ marginTop: 12 }}>
                {mode === 'single' ? <CriterionView key={current} index={current} /> : <CriterionList />}
              </div>
            </>
          ),
        },
        { key: 'staff', label: label('staff', counts.staff), children: <StaffPanel /> },
        ...(hasEquipment
          ? [{ key: 'equipment', label: label('equipment', counts.equipment), children: <EquipmentPanel /> }]
          : []),
        ...(hasDrugs ? [{ key: 'drugs', label: label('drugs', counts.drugs), children: <DrugPanel /> }] : []),
        { key: 'findings', label: label('findings', counts.findings), children: <FindingsList /> },
      ]}
    />
  );
}
