import type { Database } from 'better-sqlite3';
// Node's own timer, not the global one: a test's fake timers must not hold commits back.
import { setImmediate } from 'node:timers';

/**
 * Group commit on the app's SQLite connection: the per-message writes made during one turn of the
 * event loop (dedupe, answer, chat state of every chat in hand) share one transaction, committed
 * when the turn ends. A commit rewrites every page it touched into the WAL, so fifty chats
 * appending to the same tables cost one commit instead of a hundred and fifty.
 *
 * A write resolves only once its group is committed, so nothing is shown to a person before it is
 * stored (in the WAL: with better-sqlite3's synchronous=NORMAL a crash of the bot loses no commit). Reads on the connection see the group's writes at once (one connection, one order).
 * Anyone else using the connection (Prisma's queries and transactions, `exec`, `close`) commits
 * the open group first: it never runs inside a group, and a group never runs inside its
 * transaction (a write during a Prisma transaction joins that transaction, as Prisma's own
 * queries outside the transaction do).
 */
interface Group {
  committed: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

const openGroups = new WeakMap<Database, Group>();
const installed = new WeakSet<Database>();

function newGroup(): Group {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const committed = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A group nobody waits for any more must not end the process with an unhandled rejection.
  committed.catch(() => {});
  return { committed, resolve, reject };
}

const rolledBack = () => new Error('SQLite rolled the grouped writes back (an earlier write failed)');

/** Commits the connection's open group now, if any. */
function flushGroup(connection: Database): void {
  const group = openGroups.get(connection);
  if (!group) return;
  // Taken off first: the COMMIT below goes through the wrapped `exec`, which finds no group.
  openGroups.delete(connection);
  if (!connection.inTransaction) {
    group.reject(rolledBack());
    return;
  }
  try {
    connection.exec('COMMIT');
    group.resolve();
  } catch (error) {
    // A failed COMMIT (a deferred constraint, a full disk) leaves the transaction open.
    try {
      if (connection.inTransaction) connection.exec('ROLLBACK');
    } finally {
      group.reject(error);
    }
  }
}

/**
 * Makes anyone else's use of the connection commit the open group first: Prisma prepares each of
 * its statements (BEGIN included) and runs scripts with `exec`; `close` would roll the group back.
 * Once per connection.
 */
export function installGroupCommit(connection: Database): void {
  if (installed.has(connection)) return;
  installed.add(connection);
  // The class's methods are looked up at each call (as an own method would shadow them).
  const proto = Object.getPrototypeOf(connection) as Database;
  Object.assign(connection, {
    prepare: (source: string) => {
      flushGroup(connection);
      return proto.prepare.call(connection, source);
    },
    exec: (source: string) => {
      flushGroup(connection);
      return proto.exec.call(connection, source);
    },
    close: () => {
      flushGroup(connection);
      return proto.close.call(connection);
    },
  });
}

/**
 * Runs `write` (a synchronous statement) in the connection's open group, opening one if needed,
 * and resolves with its result once the group is committed. A write that fails throws at once and
 * leaves the group's other writes as they are. Inside someone else's transaction the write simply
 * joins it.
 */
export function groupedWrite<T>(connection: Database, write: () => T): Promise<T> {
  let group = openGroups.get(connection);
  if (group && !connection.inTransaction) {
    // SQLite ended the group itself (a failure that rolls the whole transaction back).
    openGroups.delete(connection);
    group.reject(rolledBack());
    group = undefined;
  }
  if (!group) {
    if (connection.inTransaction) return Promise.resolve(write());
    connection.exec('BEGIN');
    const opened = newGroup();
    openGroups.set(connection, opened);
    setImmediate(() => {
      if (openGroups.get(connection) === opened) flushGroup(connection);
    });
    group = opened;
  }
  const result = write();
  return group.committed.then(() => result);
}
