import type { FileFilter, SaveDialog } from '../../electron/core/reports/report-file';

/** A save dialog that answers with `path` (null: the user cancelled) and remembers what it was asked. */
export function dialogAnswering(path: string | null) {
  const asked: { name: string; filters: readonly FileFilter[] }[] = [];
  const dialog: SaveDialog = {
    chooseSavePath: (name, filters) => {
      asked.push({ name, filters });
      return Promise.resolve(path);
    },
  };
  return { dialog, asked };
}
