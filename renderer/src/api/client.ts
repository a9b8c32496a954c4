import type { AppErrorData } from '../../../shared/errors';
import type { Locale } from '../../../shared/domain/common';
import { bilingual } from '../../../shared/i18n/format';
import {
  contracts,
  type Contract,
  type ContractInput,
  type ContractOutput,
  type Contracts,
  type Envelope,
} from '../../../shared/ipc';

/** What the preload exposes as `window.dabiao`. */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
}

/** Contracts whose input has a default (e.g. list filters) may be called without one. */
type Method<C extends Contract> =
  undefined extends ContractInput<C>
    ? (input?: ContractInput<C>) => Promise<ContractOutput<C>>
    : (input: ContractInput<C>) => Promise<ContractOutput<C>>;

/** One method per contract key, derived from the contracts themselves. */
export type Client = { readonly [K in keyof Contracts]: Method<Contracts[K]> };

/** A call that main answered with `ok: false`; carries the error in both languages. */
export class ClientError extends Error {
  readonly channel: string;
  readonly data: AppErrorData;

  constructor(channel: string, data: AppErrorData) {
    super(data.message['en-US']);
    this.name = 'ClientError';
    this.channel = channel;
    this.data = data;
  }

  get code(): AppErrorData['code'] {
    return this.data.code;
  }

  messageIn(locale: Locale): string {
    return this.data.message[locale];
  }
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

function malformedReply(channel: string): ClientError {
  const details = `malformed reply on ${channel}`;
  return new ClientError(channel, {
    code: 'internal',
    message: bilingual({ key: 'error.internal', params: { details } }),
  });
}

export function createClient(bridge: Bridge): Client {
  const methods = Object.entries(contracts).map(([name, contract]) => {
    const call = async (input?: unknown): Promise<unknown> => {
      const reply: unknown = await bridge.invoke(contract.channel, input);
      if (!isEnvelope(reply)) throw malformedReply(contract.channel);
      if (reply.ok) return reply.value;
      throw new ClientError(contract.channel, reply.error);
    };
    return [name, call] as const;
  });
  // Object.fromEntries loses the per-key types that the mapped type above restores.
  return Object.freeze(Object.fromEntries(methods)) as unknown as Client;
}
