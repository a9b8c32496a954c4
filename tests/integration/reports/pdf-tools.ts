import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Rendered pages are kept here (gitignored) to be looked at after a run. */
export const ARTIFACTS_DIR = join(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'reports');

export function writePdf(dir: string, name: string, pdf: Buffer): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/**
 * The text poppler extracts. Raw mode keeps the order the text was drawn in, so the lines of a
 * wrapped table cell stay together instead of being interleaved with the next column's.
 */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** qpdf's structural check: exit status 0 and its "no syntax or stream encoding errors" line. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Images poppler finds in the file, one line per image after the two header lines. */
export function pdfImages(file: string): string[] {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
}

/** Every page as a PNG at 50 dpi under test-artifacts/reports/<name>-NN.png, replacing an earlier run's. */
export function keepPageImages(file: string, name: string, resolution = 50): string[] {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const old of readdirSync(ARTIFACTS_DIR).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) {
    rmSync(join(ARTIFACTS_DIR, old));
  }
  execFileSync('pdftoppm', ['-r', String(resolution), '-png', file, join(ARTIFACTS_DIR, name)]);
  return readdirSync(ARTIFACTS_DIR).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

/** What a phone reading the first page's QR code gets: the page rendered at 150 dpi, then decoded. */
export function qrCodeOnFirstPage(file: string): string | undefined {
  const png = execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-png', file]);
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
