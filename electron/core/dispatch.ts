import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import {
  contracts,
  type ContractInput,
  type ContractName,
  type ContractOutput,
  type Contracts,
  type Envelope,
} from '../../shared/ipc';
import { parseOrThrow } from '../../shared/validation';
import type { HandlerTable } from './handlers';

export type ErrorLog = (message: string, error: unknown) => void;

const defaultLog: ErrorLog = (message, error) => console.error(message, error);

const nameByChannel = new Map<string, ContractName>(
  (Object.keys(contracts) as ContractName[]).map((name) => [contracts[name].channel, name]),
);

/** What callers see of an unexpected failure: a reference to find it in the log, never a stack. */
function internal(channel: string, error: unknown, log: ErrorLog): Envelope<never> {
  const ref = randomUUID().slice(0, 8);
  log(`[dabiao] ${channel} failed (ref ${ref})`, error);
  return {
    ok: false,
    error: new AppError('internal', { key: 'error.internal', params: { details: `ref ${ref}` } }, { ref }).toData(),
  };
}

/**
 * The single entry for every call, whatever the shell: finds the contract, validates the input,
 * runs the handler and checks its output against the contract before anything leaves.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: string,
  rawInput: unknown,
  log: ErrorLog = defaultLog,
): Promise<Envelope<unknown>> {
  const name = nameByChannel.get(channel);
  if (!name) {
    return {
      ok: false,
      error: new AppError('not_found', { key: 'error.unknown_channel', params: { channel } }).toData(),
    };
  }
  const contract = contracts[name];
  let output: unknown;
  try {
    const input: unknown = parseOrThrow(contract.input, rawInput, channel);
    output = await (handlers[name] as (input: unknown) => unknown)(input);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    return internal(channel, error, log);
  }
  const checked = contract.output.safeParse(output);
  if (!checked.success) return internal(channel, checked.error, log);
  return { ok: true, value: checked.data };
}

/** Typed call through `dispatch` (same validation), throwing the AppError: for the CLI and tests. */
export async function call<K extends ContractName>(
  handlers: HandlerTable,
  name: K,
  input: ContractInput<Contracts[K]>,
  log?: ErrorLog,
): Promise<ContractOutput<Contracts[K]>> {
  const envelope = await dispatch(handlers, contracts[name].channel, input, log);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
  return envelope.value as ContractOutput<Contracts[K]>;
}
