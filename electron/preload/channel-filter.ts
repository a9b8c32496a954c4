/**
 * The preload's only rule: a channel is passed to main only if the contract declares it.
 * A Set (not an object) so names like "__proto__" or "constructor" are never accidentally known.
 */
export function createChannelFilter(channels: readonly string[]): (channel: unknown) => channel is string {
  const allowed = new Set(channels);
  return (channel: unknown): channel is string => typeof channel === 'string' && allowed.has(channel);
}
