import { useT } from '../../app/useT';
import { DrugStockList } from './rosters/DrugStockList';
import { EquipmentRoster } from './rosters/EquipmentRoster';
import { StaffRoster } from './rosters/StaffRoster';
import { selectReadOnly } from './selectors';
import { useWorkspace, useWorkspaceActions } from './workspace-context';

/** The roster components wired to the store: every row change is saved and rescored at once. */
export function StaffPanel() {
  const actions = useWorkspaceActions();
  const rows = useWorkspace((s) => s.rosters.staff);
  const departments = useWorkspace((s) => s.model?.departments);
  const readOnly = useWorkspace(selectReadOnly);
  return (
    <StaffRoster
      rows={rows}
      departments={departments ?? []}
      onSave={actions.saveStaff}
      onRemove={(id) => actions.removeRow('staff', id)}
      disabled={readOnly}
    />
  );
}

export function EquipmentPanel() {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const rows = useWorkspace((s) => s.rosters.equipment);
  const catalog = useWorkspace((s) => s.equipmentCatalog);
  const expected = useWorkspace((s) => s.model?.expectedEquipmentCodes);
  const readOnly = useWorkspace(selectReadOnly);
  if (!catalog) return <p>{t('ui.workspace.no_catalog')}</p>;
  return (
    <EquipmentRoster
      rows={rows}
      catalog={catalog}
      expectedCodes={expected ?? []}
      onSave={actions.saveEquipment}
      onRemove={(id) => actions.removeRow('equipment', id)}
      disabled={readOnly}
    />
  );
}

export function DrugPanel() {
  const { t } = useT();
  const actions = useWorkspaceActions();
  const rows = useWorkspace((s) => s.rosters.drugs);
  const catalog = useWorkspace((s) => s.drugCatalog);
  const minVarieties = useWorkspace((s) => s.model?.minDrugVarieties);
  const readOnly = useWorkspace(selectReadOnly);
  if (!catalog) return <p>{t('ui.workspace.no_catalog')}</p>;
  return (
    <DrugStockList
      rows={rows}
      catalog={catalog}
      minVarieties={minVarieties}
      onSave={actions.saveDrug}
      onRemove={(id) => actions.removeRow('drugs', id)}
      disabled={readOnly}
    />
  );
}
