import type { Database } from 'better-sqlite3';
// Node's own timer, not the global one: a test's fake timers must not hold commits back.
import { setImmediate } from 'node:timers';
import { noteRewrite } from './changes.ts';

/**
 * Group commit on the app's SQLite connection: the per-message writes made during one turn of the
 * event loop (dedupe, answer, chat state of every chat in hand) share one transaction, committed
 * when the turn ends. A commit rewrites every page it touched into the WAL, so fifty chats
 * appending to the same tables cost one commit instead of a hundred and fifty.
 *
 * A write resolves only once its group is committed, so nothing is shown to a person before it is
 * stored (in the WAL: with better-sqlite3's synchronous=NORMAL a crash of the bot loses no commit). Reads on the connection see the group's writes at once (one connection, one order).
 * Anyone else using the connection (Prisma's queries and transactions, `exec`, `close`) commits
 * the open group first, so it never runs inside a group. While a Prisma transaction is open on the
 * connection (`holdForTransaction`), writes wait for its end instead of running inside it, where
 * its rollback would undo another chat's answer. So a per-message write must never be made from
 * inside a Prisma transaction callback: it would wait for that transaction until its timeout.
 */
interface Group {
  committed: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

const openGroups = new WeakMap<Database, Group>();
const installed = new WeakSet<Database>();
/** Prisma transactions started or open on a connection, and what writes wait for. */
const held = new WeakMap<Database, { count: number; ended: Promise<void>; end(): void }>();

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

/** The group's own BEGIN, COMMIT and ROLLBACK, past the connection's wrappers (which would commit the group, or count the statement as a change). */
function run(connection: Database, sql: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): void {
  (Object.getPrototypeOf(connection) as Database).exec.call(connection, sql);
}

/** Commits the connection's open group now, if any. */
function flushGroup(connection: Database): void {
  const group = openGroups.get(connection);
  if (!group) return;
  openGroups.delete(connection);
  if (!connection.inTransaction) {
    noteRewrite(connection, null);
    group.reject(rolledBack());
    return;
  }
  try {
    run(connection, 'COMMIT');
    group.resolve();
  } catch (error) {
    // A failed COMMIT (a deferred constraint, a full disk) leaves the transaction open.
    try {
      if (connection.inTransaction) run(connection, 'ROLLBACK');
    } finally {
      noteRewrite(connection, null);
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
 * Marks a Prisma transaction as starting on the connection (called before its BEGIN); writes wait
 * until every such transaction has called the returned function (after its COMMIT or ROLLBACK).
 */
export function holdForTransaction(connection: Database): () => void {
  let hold = held.get(connection);
  if (!hold) {
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    hold = { count: 0, ended, end };
    held.set(connection, hold);
  }
  const current = hold;
  current.count++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--current.count > 0) return;
    held.delete(connection);
    current.end();
  };
}

/**
 * Runs `write` (a synchronous statement) in the connection's open group, opening one if needed,
 * and resolves with its result once the group is committed. A write that fails throws at once and
 * leaves the group's other writes as they are. While a Prisma transaction is held open the write
 * waits for its end; inside a transaction nobody announced, it joins it.
 */
export function groupedWrite<T>(connection: Database, write: () => T): Promise<T> {
  const hold = held.get(connection);
  if (hold) return hold.ended.then(() => groupedWrite(connection, write));
  let group = openGroups.get(connection);
  if (group && !connection.inTransaction) {
    // SQLite ended the group itself (a failure that rolls the whole transaction back).
    openGroups.delete(connection);
    noteRewrite(connection, null);
    group.reject(rolledBack());
    group = undefined;
  }
  if (!group) {
    if (connection.inTransaction) return Promise.resolve(write());
    run(connection, 'BEGIN');
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
