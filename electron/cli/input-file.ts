import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { checkFileSize, tableFileType } from '../core/files/table-file';

/** Reads a file named on the command line; missing, a folder, or over the limit is a clear error before any read. */
export async function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new AppError('bad_file', { key: 'cli.file_missing', params: { file: path } });
  checkFileSize(info.size, maxBytes);
  return new Uint8Array(await readFile(path));
}

/** A spreadsheet named on the command line: a type that cannot be read is refused before the file is. */
export async function readTableInputFile(
  path: string,
  maxBytes: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fileName = basename(path);
  tableFileType(fileName);
  return { fileName, bytes: await readInputFile(path, maxBytes) };
}
