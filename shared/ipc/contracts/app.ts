import { z } from 'zod';
import { defineContract } from '../contract';

export const appContracts = {
  getInfo: defineContract(
    'app:get-info',
    z.object({}).strict().default({}),
    z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      counts: z.object({ facilities: z.number().int(), audits: z.number().int(), standards: z.number().int() }),
    }),
  ),
};
