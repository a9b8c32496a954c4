import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../../shared/i18n/format';
import { MAX_IMPORT_BYTES, bytesToBase64, importFileProblem } from './file-base64';

describe('facility file import', () => {
  it('encodes bytes exactly as base64, also across slice boundaries', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31 + 7) % 256);
    const decoded = Uint8Array.from(atob(bytesToBase64(bytes)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode('编码,name'))).toBe('57yW56CBLG5hbWU=');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('refuses other file types and files over the contract limit before reading them', () => {
    expect(importFileProblem({ name: 'list.XLSX', size: 10 })).toBeNull();
    expect(importFileProblem({ name: 'list.csv', size: MAX_IMPORT_BYTES })).toBeNull();
    const xls = importFileProblem({ name: 'old.xls', size: 10 });
    expect(xls && renderMessage('en-US', xls)).toContain('old.xls');
    const big = importFileProblem({ name: 'big.csv', size: MAX_IMPORT_BYTES + 1 });
    expect(big && renderMessage('zh-CN', big)).toContain('20');
  });

  it('stays inside the contract: the largest allowed file encodes to at most 28,000,000 characters', () => {
    expect(Math.ceil(MAX_IMPORT_BYTES / 3) * 4).toBeLessThanOrEqual(28_000_000);
  });
});
