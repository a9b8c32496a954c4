import { z } from 'zod';
import { contracts, type ContractName } from '../../../shared/ipc';

/** Field names that could carry a file-system location. */
export const PATH_LIKE = /path|file|dir|folder/i;

/** Every string field, at any depth, of a zod schema, as dotted names (`[]` marks a list of them). */
export function stringFields(schema: z.ZodType, prefix = ''): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return stringFields(schema.unwrap() as z.ZodType, prefix);
  if (schema instanceof z.ZodPipe) return stringFields(schema.in as z.ZodType, prefix);
  if (schema instanceof z.ZodString) return [prefix];
  if (schema instanceof z.ZodArray) return stringFields(schema.element as z.ZodType, `${prefix}[]`);
  if (schema instanceof z.ZodUnion)
    return [...new Set((schema.options as z.ZodType[]).flatMap((o) => stringFields(o, prefix)))];
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) =>
      stringFields(value, prefix ? `${prefix}.${key}` : key),
    );
  return [];
}

/** `contract.field` for every input field named like a path, over the whole contract table. */
export function pathLikeInputs(): string[] {
  return (Object.keys(contracts) as ContractName[]).flatMap((name) =>
    stringFields(contracts[name].input as z.ZodType)
      .filter((field) => PATH_LIKE.test(field))
      .map((field) => `${name}.${field}`),
  );
}

/** Contracts whose output names a file the core wrote (a `path` field in the output). */
export function writingContracts(): ContractName[] {
  return (Object.keys(contracts) as ContractName[]).filter((name) =>
    stringFields(contracts[name].output as z.ZodType).some((field) => /(^|\.)path$/.test(field)),
  );
}
