import { join } from 'node:path';
import { bilingual } from '../../../shared/i18n/format';
import { openDatabase } from '../db/connection';
import { DATABASE_FILE } from '../paths';
import { listBackupFiles } from './backup-store';
import { checkEventLog, type LogAnchor, type LogCheck, type LogProblem } from './event-log-check';
import { readAnchor } from './log-anchor';

export interface LogVerification extends LogCheck {
  /** The heads the log was held against: the anchor file, or the newest backup when it is gone. */
  anchors: LogAnchor[];
}

/**
 * Where the head seen earlier is kept: the anchor file, rewritten after every backup and every
 * restore. When the file is gone although verified backups exist (the first backup writes it),
 * that is itself reported, and the newest verified backup's head stands in for it.
 */
function anchorsOf(dataDir: string): { anchors: LogAnchor[]; problem: LogProblem | null } {
  const read = readAnchor(dataDir);
  if (read.state === 'ok') {
    const { seq, hash, backup } = read.anchor;
    return {
      anchors: [{ seq, hash, source: bilingual({ key: 'log.source.anchor', params: { name: backup } }) }],
      problem: null,
    };
  }
  const newest = listBackupFiles(dataDir).find((b) => b.verified && b.head !== null);
  if (!newest?.head) return { anchors: [], problem: null };
  const source = bilingual({ key: 'log.source.backup', params: { name: newest.name } });
  return {
    anchors: [{ ...newest.head, source }],
    problem: {
      kind: 'anchor',
      seq: null,
      message: bilingual({
        key: read.state === 'none' ? 'log.anchor_missing' : 'log.anchor_unreadable',
        params: { source },
      }),
    },
  };
}

/**
 * `dabiao verify-log`: the chain (each row's hash and link), sequence numbers from 1 without
 * gaps, the append-only triggers, and the head against the anchor so rows deleted from the end
 * are found too. Opens the database read-only: checking never writes.
 */
export function verifyEventLog(dataDir: string, nativeBinding?: string): LogVerification {
  const { anchors, problem } = anchorsOf(dataDir);
  const db = openDatabase(join(dataDir, DATABASE_FILE), {
    readonly: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    const check = checkEventLog(db, anchors);
    if (!problem) return { ...check, anchors };
    return { ...check, ok: false, problems: [problem, ...check.problems], anchors };
  } finally {
    db.close();
  }
}
