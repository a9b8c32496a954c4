import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';
import { pdfImages, pdfText } from '../reports/pdf-tools';
import { signaturePng } from './signing-fixtures';

const tempDir = useTempDirs('dabiao-export-handwritten-');

describe('reports:export-report with handwritten signatures', () => {
  it('puts the drawn signatures on the signatures page of an unsigned export, as signing does', async () => {
    const root = tempDir();
    const { core, audit } = await openAuditCore(root);
    const out = join(root, 'report.pdf');
    const handlers = createHandlers(core, { chooseSavePath: () => Promise.resolve(out) });
    await call(handlers, 'saveHandwritten', {
      auditId: audit.id,
      name: '刘强',
      role: 'facility_representative',
      pngBase64: signaturePng(48, 16).toString('base64'),
    });
    const result = await call(handlers, 'exportReport', { auditId: audit.id, lang: 'zh-CN' });
    if ('cancelled' in result) throw new Error('the test dialog does not cancel');

    // pdfimages -list: page, num, type, width, height, ... — the drawing and only it, on the last page.
    const images = pdfImages(out).map((line) => line.trim().split(/\s+/));
    expect(images.map(([page, , type, width, height]) => [page, type, width, height])).toEqual([
      [String(result.pages), 'image', '48', '16'],
    ]);
    expect(pdfText(out)).toContain('刘强');
    core.close();
  });
});
