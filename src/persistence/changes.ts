import type { Database, Statement } from 'better-sqlite3';
// Node's own timer, not the global one: a test's fake timers must not keep a stale reading.
import { setImmediate } from 'node:timers';

/**
 * Tells the per-message read caches (identity, answer logs) whether what they read may be out of
 * date. On the app's SQLite connection, a change stamp moves whenever the database may have
 * changed other than by the per-message writes of hot-sql.ts, which the caches are told about
 * directly:
 * - another connection committed (another process, a script): SQLite's `PRAGMA data_version`;
 * - Prisma ran a statement that writes, on this connection (its statements are prepared anew
 *   each time, so the prepare is where they are seen), or a script ran (`exec`).
 *
 * A cache that reads only the rows added since (the answer logs) also needs to know when rows it
 * already read may have changed in place or gone: a rewrite stamp, per table, moves on an UPDATE,
 * DELETE or upsert of that table, and for every table on a rollback (rows read while a transaction
 * was open may never have been committed), a script, a write whose table is not recognised, or
 * another connection's commit.
 */
interface Watch {
  generation: number;
  /** Rewrite stamp of every table. */
  rewrites: number;
  /** Rewrite stamps of single tables, when later than `rewrites`. */
  tableRewrites: Map<string, number>;
  dataVersion: unknown;
  version: Statement;
  /** `dataVersion` was read during this turn of the event loop. */
  readThisTurn: boolean;
}

const watches = new WeakMap<Database, Watch>();
/** Stamps are drawn from one counter, so a connection opened anew never repeats an old one's. */
let last = 0;

const rollback = /^\s*ROLLBACK\b/i;
const plainInsert = /^\s*INSERT\s+INTO\b(?![\s\S]*\b(?:ON\s+CONFLICT|OR\s+REPLACE)\b)/i;
/** The table an UPDATE, DELETE or INSERT names (Prisma writes `main`.`Table`). */
const target = /^\s*(?:UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO)\s+(?:[`"[]?\w+[`"\]]?\.)?[`"[]?(\w+)[`"\]]?/i;

/** What a writing statement may have done to rows read before: nothing (a plain insert), or rewritten a table's (or any). */
export function rewriteOf(source: string): { table: string | null } | null {
  if (plainInsert.test(source)) return null;
  return { table: target.exec(source)?.[1] ?? null };
}

/** Watches the connection (once). Install it after group commit, whose own statements it must not see. */
export function installChangeWatch(connection: Database): void {
  if (watches.has(connection)) return;
  const prepare = connection.prepare.bind(connection);
  const exec = connection.exec.bind(connection);
  const version = prepare('PRAGMA data_version').pluck();
  watches.set(connection, { generation: ++last, rewrites: ++last, tableRewrites: new Map(), dataVersion: version.get(), version, readThisTurn: false });
  Object.assign(connection, {
    prepare: (source: string) => {
      const statement = prepare(source);
      // BEGIN and COMMIT change nothing; a statement that writes is seen before it runs (Prisma
      // prepares and runs in one go, so no read comes in between).
      if (rollback.test(source)) noteRewrite(connection, null);
      else if (!statement.readonly) {
        const rewrite = rewriteOf(source);
        if (rewrite) noteRewrite(connection, rewrite.table);
        else noteChange(connection);
      }
      return statement;
    },
    exec: (source: string) => {
      try {
        return exec(source);
      } finally {
        // A script may write anything, and may roll back.
        noteRewrite(connection, null);
      }
    },
  });
}

/** Something on the connection changed the database (the caches read again). */
export function noteChange(connection: Database): void {
  const watch = watches.get(connection);
  if (watch) watch.generation = ++last;
}

/** Rows of a table (null: of any table) may have changed in place, gone, or never been committed. */
export function noteRewrite(connection: Database, table: string | null): void {
  const watch = watches.get(connection);
  if (!watch) return;
  watch.generation = ++last;
  if (table === null) {
    watch.rewrites = ++last;
    watch.tableRewrites.clear();
  } else {
    watch.tableRewrites.set(table, ++last);
  }
}

/**
 * The current change stamp (null when the connection is not watched). What was read under a
 * stamp is still what the database holds while the stamp is the same.
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
    // Another process may have changed anything, rows in place included (it is rare: the bot is
    // the only writer in normal operation).
    watch.dataVersion = dataVersion;
    watch.generation = ++last;
    watch.rewrites = ++last;
    watch.tableRewrites.clear();
  }
  return watch.generation;
}

/**
 * The rewrite stamp of a table (null when not watched). Another connection's commits move it once
 * `changeStamp` has seen them: read the change stamp first.
 */
export function rewriteStamp(connection: Database, table: string): number | null {
  const watch = watches.get(connection);
  if (!watch) return null;
  return Math.max(watch.rewrites, watch.tableRewrites.get(table) ?? 0);
}
