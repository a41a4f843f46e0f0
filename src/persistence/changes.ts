import type { Database, Statement } from 'better-sqlite3';
// Node's own timer, not the global one: a test's fake timers must not keep a stale reading.
import { setImmediate } from 'node:timers';

/**
 * Tells the per-message read caches (identity, answer logs) whether what they read may be out of
 * date. On the app's SQLite connection, a stamp moves whenever the database may have changed
 * other than by the per-message writes of hot-sql.ts, which the caches are told about directly:
 * - another connection committed (another process, a script): SQLite's `PRAGMA data_version`;
 * - Prisma ran a statement that writes, on this connection (its statements are prepared anew
 *   each time, so the prepare is where they are seen), or a script ran (`exec`);
 * - a transaction on this connection was rolled back (a Prisma one, or a failed group commit):
 *   rows read while it was open may never have been committed. This also moves `rollbacks`.
 */
interface Watch {
  generation: number;
  rollbacks: number;
  dataVersion: unknown;
  version: Statement;
  /** `dataVersion` was read during this turn of the event loop. */
  readThisTurn: boolean;
}

const watches = new WeakMap<Database, Watch>();
/** Stamps are drawn from one counter, so a connection opened anew never repeats an old one's. */
let last = 0;

const rollback = /^\s*ROLLBACK\b/i;

/** Watches the connection (once). Install it after group commit, whose own statements it must not see. */
export function installChangeWatch(connection: Database): void {
  if (watches.has(connection)) return;
  const prepare = connection.prepare.bind(connection);
  const exec = connection.exec.bind(connection);
  const version = prepare('PRAGMA data_version').pluck();
  watches.set(connection, { generation: ++last, rollbacks: ++last, dataVersion: version.get(), version, readThisTurn: false });
  Object.assign(connection, {
    prepare: (source: string) => {
      const statement = prepare(source);
      // BEGIN and COMMIT change nothing; a statement that writes is seen before it runs (Prisma
      // prepares and runs in one go, so no read comes in between).
      if (rollback.test(source)) noteRollback(connection);
      else if (!statement.readonly) noteChange(connection);
      return statement;
    },
    exec: (source: string) => {
      try {
        return exec(source);
      } finally {
        // A script may write, and may roll back.
        noteRollback(connection);
      }
    },
  });
}

/** Something on the connection changed the database (the caches read again). */
export function noteChange(connection: Database): void {
  const watch = watches.get(connection);
  if (watch) watch.generation = ++last;
}

/** A transaction on the connection was rolled back (the caches forget what they read). */
export function noteRollback(connection: Database): void {
  const watch = watches.get(connection);
  if (!watch) return;
  watch.generation = ++last;
  watch.rollbacks = ++last;
}

/**
 * The current stamp (null when the connection is not watched). What was read under a stamp is
 * still what the database holds while the stamp is the same.
 *
 * Another connection's commits are looked for once per turn of the event loop (reading
 * data_version outside a transaction costs a few microseconds, a statement's worth): a commit made
 * during the turn is then seen from the next one, as if it had come after this turn's messages.
 * `fresh` looks now; inside a write transaction that has written (a group commit after its first
 * write) this is exact and cheap, as no other connection can commit until it ends.
 */
export function changeStamp(connection: Database, fresh = false): number | null {
  const watch = watches.get(connection);
  if (!watch) return null;
  if (watch.readThisTurn && !fresh) return watch.generation;
  if (!watch.readThisTurn) {
    watch.readThisTurn = true;
    setImmediate(() => (watch.readThisTurn = false));
  }
  const dataVersion = watch.version.get();
  if (dataVersion !== watch.dataVersion) {
    watch.dataVersion = dataVersion;
    watch.generation = ++last;
  }
  return watch.generation;
}

export function rollbackCount(connection: Database): number | null {
  return watches.get(connection)?.rollbacks ?? null;
}
