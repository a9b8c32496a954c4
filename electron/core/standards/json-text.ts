export type JsonParse = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/** Where V8 says the parse failed: "at position N" (Node 20+), or the end of an unfinished text. */
function failurePosition(message: string, text: string): number {
  const match = /position (\d+)/.exec(message);
  return match?.[1] !== undefined ? Number(match[1]) : text.length;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** JSON.parse that reports a 1-based line and column instead of a bare character offset. */
export function parseJsonText(raw: string): JsonParse {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, ...lineAndColumn(text, failurePosition(message, text)), message };
  }
}
