import type { z } from 'zod';
import type { AppErrorData } from '../errors';

/**
 * One call from the renderer: channel name `domain:verb-noun`, zod input and output.
 * Declared once; the preload allowlist, the handler table, the renderer client and the
 * conformance tests are all derived from these declarations.
 */
export interface Contract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly channel: string;
  readonly input: I;
  readonly output: O;
}

export function defineContract<const Channel extends string, I extends z.ZodType, O extends z.ZodType>(
  channel: Channel,
  input: I,
  output: O,
): Contract<I, O> & { readonly channel: Channel } {
  return { channel, input, output };
}

export type ContractInput<C extends Contract> = z.input<C['input']>;
export type ContractParsedInput<C extends Contract> = z.output<C['input']>;
export type ContractOutput<C extends Contract> = z.output<C['output']>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
