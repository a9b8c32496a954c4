import { describe, expect, expectTypeOf, it } from 'vitest';
import { ClientError, createClient, type Bridge } from '../../../renderer/src/api/client';
import type { AuditSummary } from '../../../shared/domain/audit';
import type { AppErrorData } from '../../../shared/errors';
import { bilingual } from '../../../shared/i18n/format';
import { contracts, type Envelope } from '../../../shared/ipc';

interface Call {
  channel: string;
  input: unknown;
}

function bridgeAnswering(reply: (call: Call) => unknown): { bridge: Bridge; calls: Call[] } {
  const calls: Call[] = [];
  const bridge: Bridge = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      return reply({ channel, input }) as Envelope<unknown>;
    },
  };
  return { bridge, calls };
}

const notFound: AppErrorData = {
  code: 'not_found',
  message: bilingual({ key: 'error.not_found', params: { what: 'audit', id: 'a-1' } }),
  details: { id: 'a-1' },
};

describe('createClient', () => {
  it('has one method per contract and nothing else', () => {
    const client = createClient(bridgeAnswering(() => ({ ok: true, value: null })).bridge);
    expect(Object.keys(client).sort()).toEqual(Object.keys(contracts).sort());
    for (const method of Object.values(client)) expect(typeof method).toBe('function');
  });

  it('calls each contract on its own channel with the input as given', async () => {
    const { bridge, calls } = bridgeAnswering(({ channel }) => ({ ok: true, value: channel }));
    const client = createClient(bridge);
    for (const [name, contract] of Object.entries(contracts)) {
      const method = client[name as keyof typeof contracts] as (input: unknown) => Promise<unknown>;
      await expect(method({ probe: name })).resolves.toBe(contract.channel);
      expect(calls.at(-1)).toEqual({ channel: contract.channel, input: { probe: name } });
    }
  });

  it('unwraps ok envelopes', async () => {
    const summaries = [{ id: 'a-1' }];
    const client = createClient(bridgeAnswering(() => ({ ok: true, value: summaries })).bridge);
    await expect(client.listAudits()).resolves.toBe(summaries);
  });

  it('throws a ClientError carrying the bilingual error on ok:false', async () => {
    const client = createClient(bridgeAnswering(() => ({ ok: false, error: notFound })).bridge);
    const error = await client.getAudit({ id: 'a-1' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClientError);
    const clientError = error as ClientError;
    expect(clientError.channel).toBe(contracts.getAudit.channel);
    expect(clientError.code).toBe('not_found');
    expect(clientError.data).toEqual(notFound);
    expect(clientError.messageIn('zh-CN')).toBe(notFound.message['zh-CN']);
    expect(clientError.message).toBe(notFound.message['en-US']);
  });

  it('treats a malformed reply as an internal error instead of trusting it', async () => {
    for (const reply of [undefined, null, 'ok', { ok: true }, { ok: false }, { ok: 'yes', value: 1 }]) {
      const client = createClient(bridgeAnswering(() => reply).bridge);
      const error = await client.getInfo().catch((caught: unknown) => caught);
      expect(error, JSON.stringify(reply)).toBeInstanceOf(ClientError);
      expect((error as ClientError).code).toBe('internal');
      expect((error as ClientError).messageIn('zh-CN')).toContain('app:get-info');
    }
  });

  it('lets a refused call (rejected invoke) reach the caller', async () => {
    const bridge: Bridge = { invoke: () => Promise.reject(new Error('Unknown channel')) };
    await expect(createClient(bridge).getInfo()).rejects.toThrow('Unknown channel');
  });

  it('is typed from the contracts', () => {
    const client = createClient(bridgeAnswering(() => ({ ok: true, value: null })).bridge);
    expectTypeOf(client.listAudits).returns.resolves.toEqualTypeOf<AuditSummary[]>();
    expectTypeOf(client.listAudits).toBeCallableWith();
    expectTypeOf(client.getAudit).parameter(0).toEqualTypeOf<{ id: string }>();
  });
});
