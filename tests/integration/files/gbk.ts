/**
 * GB18030 encoder for test fixtures, built by inverting Node's decoder over the two-byte
 * range: enough for the Chinese text of a facility list, with no extra dependency.
 */
let table: Map<string, number[]> | undefined;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
