import type { Db } from '../sql';

/** A forward-only schema step. `up` runs inside the transaction that also sets user_version. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
