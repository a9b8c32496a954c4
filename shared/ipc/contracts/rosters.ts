import { z } from 'zod';
import { DrugStockInputSchema, EquipmentItemInputSchema, StaffMemberInputSchema } from '../../domain/audit';
import { defineContract } from '../contract';

const rowTarget = { auditId: z.string().min(1), id: z.string().min(1).optional() };

export const rostersContracts = {
  saveStaff: defineContract(
    'rosters:save-staff',
    StaffMemberInputSchema.extend(rowTarget).strict(),
    StaffMemberInputSchema.extend({ id: z.string() }),
  ),
  saveEquipment: defineContract(
    'rosters:save-equipment',
    EquipmentItemInputSchema.extend(rowTarget).strict(),
    EquipmentItemInputSchema.extend({ id: z.string() }),
  ),
  saveDrug: defineContract(
    'rosters:save-drug',
    DrugStockInputSchema.extend(rowTarget).strict(),
    DrugStockInputSchema.extend({ id: z.string() }),
  ),
  removeRow: defineContract(
    'rosters:remove-row',
    z
      .object({ auditId: z.string().min(1), roster: z.enum(['staff', 'equipment', 'drugs']), id: z.string().min(1) })
      .strict(),
    z.object({ removed: z.boolean() }),
  ),
};
