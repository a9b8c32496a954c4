import { z } from 'zod';
import { CodeSchema } from '../../domain/common';
import { DrugCatalogSchema, EquipmentCatalogSchema } from '../../domain/catalog';
import { defineContract } from '../contract';

export const catalogsContracts = {
  getDrugCatalog: defineContract('catalogs:get-drug-catalog', z.object({ id: CodeSchema }).strict(), DrugCatalogSchema),
  getEquipmentCatalog: defineContract(
    'catalogs:get-equipment-catalog',
    z.object({ id: CodeSchema }).strict(),
    EquipmentCatalogSchema,
  ),
};
