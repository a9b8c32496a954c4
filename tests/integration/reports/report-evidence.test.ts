import { describe, expect, it } from 'vitest';
import { call } from '../../../electron/core/dispatch';
import { renderReport } from '../../../electron/core/reports/render-report';
import { useTempDirs } from '../../helpers/temp-dir';
import { openAuditCore } from '../../helpers/test-core';
import { jpegBytes, pdfBytes } from '../evidence/evidence-fixtures';
import { keepPageImages, pdfImages, pdfText, qpdfCheck, writePdf } from './pdf-tools';
import { pngImage } from './test-images';

const tempDir = useTempDirs('dabiao-report-evidence-');
const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('evidence and handwritten signatures in the report', () => {
  it('shows photos as thumbnails, names other files, and puts each drawn signature in its box', async () => {
    const root = tempDir();
    const { core, handlers, audit } = await openAuditCore(root, {
      team: [{ name: '李文华', role: 'leader', organisation: '勐腊县卫生健康局' }],
    });
    await call(handlers, 'saveAnswer', { auditId: audit.id, criterionId: 'M-YN', value: false, note: '门口无标识' });
    const finding = await call(handlers, 'createFinding', {
      auditId: audit.id,
      criterionId: 'M-YN',
      description: '标识缺失',
      correctiveAction: '制作并悬挂标识',
      deadline: '2024-06-30',
    });
    const attach = (
      fileName: string,
      mimeType: 'image/png' | 'image/jpeg' | 'application/pdf',
      bytes: Buffer,
      scope = {},
    ) =>
      call(handlers, 'attachEvidence', { auditId: audit.id, fileName, mimeType, contentBase64: b64(bytes), ...scope });
    await attach('门口.png', 'image/png', pngImage(320, 240, 1), { criterionId: 'M-YN' });
    await attach('整改前.png', 'image/png', pngImage(240, 320, 2), { findingId: finding.id });
    // Right magic number, but not a picture: the report says so instead of failing.
    await attach('坏照片.jpg', 'image/jpeg', jpegBytes(3, 256));
    await attach('许可证.pdf', 'application/pdf', pdfBytes(), { criterionId: 'M-YN' });

    const report = await renderReport(core, audit.id, {
      lang: 'zh-CN',
      handwritten: [
        { name: '李文华', role: 'leader', pngBase64: b64(pngImage(300, 90, 5)), signedAt: '2024-05-02T08:00:00Z' },
        { name: '岩温', role: 'facility_representative', pngBase64: b64(pngImage(300, 90, 6)) },
        { name: '玉香', role: '乡村医生', pngBase64: b64(pngImage(300, 90, 7)) },
      ],
    });
    const file = writePdf(root, 'evidence', report.pdf);
    expect(qpdfCheck(file).status).toBe(0);
    keepPageImages(file, 'evidence-zh-CN');

    // Two photos and three drawn signatures; the undecodable JPEG and the PDF are not embedded.
    expect(pdfImages(file)).toHaveLength(5);
    const text = pdfText(file);
    for (const expected of [
      'E1 门口.png',
      'E2 整改前.png',
      '文件缺失或已损坏',
      'PDF 文件，未嵌入报告',
      '佐证：E1 门口.png、E4 许可证.pdf',
      '备注：门口无标识',
      '问题（指标 M-YN）',
      '制作并悬挂标识',
      '2024-06-30',
      '岩温',
      '玉香',
      '2024-05-02',
    ]) {
      expect(text, expected).toContain(expected);
    }
    core.close();
  });

  it('leaves empty boxes with name and role lines when nobody has signed yet', async () => {
    const root = tempDir();
    const { core, audit } = await openAuditCore(root, {
      team: [
        { name: '李文华', role: 'leader' },
        { name: '王芳', role: 'inspector' },
      ],
    });
    const report = await renderReport(core, audit.id, { lang: 'both' });
    const file = writePdf(root, 'unsigned', report.pdf);
    expect(pdfImages(file)).toHaveLength(0);
    const text = pdfText(file);
    for (const expected of [
      '组长 / Team leader',
      '检查员 / Inspector',
      '机构代表 / Facility representative',
      '李文华',
      '王芳',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text.match(/签名 \/ Signature/g)?.length).toBe(4);
    core.close();
  });
});
