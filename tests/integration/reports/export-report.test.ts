import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { auditSnapshot } from '../../../electron/core/reports/audit-snapshot';
import { rejection } from '../../helpers/app-error';
import { dialogAnswering } from '../../helpers/save-dialog';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';
import { pdfText, qpdfCheck } from './pdf-tools';

const tempDir = useTempDirs('dabiao-export-');

describe('reports:export-report', () => {
  it('asks main for the place, renders, and writes the whole file there', async () => {
    const root = tempDir();
    const { core, audit, facility } = await openAuditCore(root);
    const target = join(root, 'out', '报告.pdf');
    mkdirSync(join(root, 'out'));
    writeFileSync(target, 'an older file the user chose to replace');
    const { dialog, asked } = dialogAnswering(target);
    const result = await call(createHandlers(core, dialog), 'exportReport', { auditId: audit.id, lang: 'both' });

    expect(asked).toHaveLength(1);
    expect(asked[0]?.name).toBe(`${facility.name}-${audit.auditDate}-r1-both.pdf`);
    expect(asked[0]?.filters).toEqual([{ name: 'PDF 文件 / PDF files', extensions: ['pdf'] }]);
    if ('cancelled' in result) throw new Error('not cancelled');
    const bytes = readFileSync(target);
    expect(result.path).toBe(target);
    expect(result.bytes).toBe(bytes.length);
    expect(result.fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.sha256).toBe(auditSnapshot(core, audit.id).sha256);
    expect(qpdfCheck(target).status).toBe(0);
    expect(pdfText(target)).toContain(`第 ${result.pages} 页 共 ${result.pages} 页`);
    expect(readdirSync(join(root, 'out'))).toEqual(['报告.pdf']);
    core.close();
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const root = tempDir();
    const { core, audit } = await openAuditCore(root);
    const { dialog } = dialogAnswering(null);
    const result = await call(createHandlers(core, dialog), 'exportReport', { auditId: audit.id, lang: 'zh-CN' });
    expect(result).toEqual({ cancelled: true });
    core.close();
  });

  it('never takes a path from the renderer, and refuses to export where no dialog exists', async () => {
    const root = tempDir();
    const { core, audit, handlers } = await openAuditCore(root);
    const envelope = await dispatch(handlers, 'reports:export-report', {
      auditId: audit.id,
      lang: 'zh-CN',
      path: join(root, 'x.pdf'),
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'validation' } });
    const refused = await rejection(call(handlers, 'exportReport', { auditId: audit.id, lang: 'zh-CN' }));
    expect(refused.code).toBe('conflict');
    expect(refused.localized['en-US']).toContain('--out');
    expect(existsSync(join(root, 'x.pdf'))).toBe(false);
    core.close();
  });

  it('reports a failed write clearly and leaves no partial or temporary file behind', async () => {
    const root = tempDir();
    const { core, audit } = await openAuditCore(root);
    const folder = join(root, 'out');
    // The chosen name is taken by a folder: the final rename fails after the bytes were written.
    mkdirSync(join(folder, 'report.pdf'), { recursive: true });
    const { dialog } = dialogAnswering(join(folder, 'report.pdf'));
    const failed = await rejection(
      call(createHandlers(core, dialog), 'exportReport', { auditId: audit.id, lang: 'zh-CN' }),
    );
    expect(failed.code).toBe('bad_file');
    expect(failed.localized['zh-CN']).toContain(join(folder, 'report.pdf'));
    expect(readdirSync(folder)).toEqual(['report.pdf']);
    expect(readdirSync(join(folder, 'report.pdf'))).toEqual([]);

    const missing = dialogAnswering(join(root, 'no-such-folder', 'report.pdf'));
    const noFolder = await rejection(
      call(createHandlers(core, missing.dialog), 'exportReport', { auditId: audit.id, lang: 'en-US' }),
    );
    expect(noFolder.code).toBe('bad_file');
    core.close();
  });
});
