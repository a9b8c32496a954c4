/**
 * Canonical JSON (RFC 8785 style for the values we store): object keys sorted by code unit,
 * no whitespace, `undefined` members dropped, non-finite numbers refused. What gets hashed and
 * signed must serialise identically in every process and on every machine.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, new Set());
}

function serialise(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (seen.has(value)) throw new TypeError('canonicalJson: cycle');
      seen.add(value);
      const out = Array.isArray(value)
        ? `[${value.map((v) => (v === undefined ? 'null' : serialise(v, seen))).join(',')}]`
        : `{${Object.keys(value)
            .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${serialise((value as Record<string, unknown>)[k], seen)}`)
            .join(',')}}`;
      seen.delete(value);
      return out;
    }
    default:
      throw new TypeError(`canonicalJson: cannot serialise ${typeof value}`);
  }
}
