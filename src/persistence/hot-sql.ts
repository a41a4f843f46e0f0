import type { Database, Statement } from 'better-sqlite3';
import { changeStamp, rewriteStamp } from './changes.ts';
import { groupedWrite } from './group-commit.ts';
import type { Db } from './prisma.ts';

/** What the per-message statements bind: plain values, and dates stored the way Prisma stores them. */
export type SqlValue = string | number | boolean | Date | null;

/**
 * The few statements that run for every message (dedupe, identity, chat state, answers), with
 * the same tagged-template shape as Prisma's `$queryRaw`. On SQLite they run as prepared
 * statements cached per call site, on Prisma's own connection (a read during an open Prisma
 * transaction sees its rows, as Prisma's own raw queries would): Prisma's query pipeline costs
 * about three times the statement itself. Elsewhere (PostgreSQL) they go through Prisma's raw
 * queries unchanged. Writes are group-committed and wait while a Prisma transaction is open
 * (group-commit.ts): never make one from inside a `$transaction` callback.
 */
export interface HotSql {
  /**
   * True when ids of autoincrement columns follow commit order (SQLite: one writer at a time),
   * so "rows after the last id read" misses nothing.
   */
  readonly commitOrdered: boolean;
  query<T>(strings: TemplateStringsArray, ...values: SqlValue[]): Promise<T[]>;
  /** Runs a write; resolves to the number of rows changed. */
  execute(strings: TemplateStringsArray, ...values: SqlValue[]): Promise<number>;
  /**
   * Runs an INSERT; on SQLite resolves to the new row's id (its rowid) and the change stamp as of
   * the insert (see `changeStamp`: exact, as no other connection can commit in between), null
   * elsewhere.
   */
  insert(strings: TemplateStringsArray, ...values: SqlValue[]): Promise<{ id: number; stamp: number | null } | null>;
  /**
   * For read caches (see changes.ts): a stamp that stays the same while the database changes only
   * through this module's writes, and one per table that moves when rows already there may have
   * changed in place, gone, or never been committed. Null where nothing is watched (not SQLite, or
   * not connected yet): a cache must then read every time.
   */
  changeStamp(): number | null;
  rewriteStamp(table: string): number | null;
}

/** Where Prisma's SQLite adapter keeps its better-sqlite3 connection. */
export interface ConnectionSlot {
  current?: Database;
}

/** The better-sqlite3 connection inside a driver adapter, if that is what it holds. */
export function connectionOf(adapter: unknown): Database | undefined {
  const client = (adapter as { client?: Partial<Database> } | null)?.client;
  return typeof client?.prepare === 'function' && typeof client.exec === 'function' ? (client as Database) : undefined;
}

/** The last date bound and its text: the writes of one message (often of many) share a millisecond. */
let lastDate = { time: Number.NaN, text: '' };

/** Prisma's SQLite adapter writes DateTime as ISO 8601 with an explicit offset; so do we. */
function bindable(value: SqlValue): string | number | null {
  if (value instanceof Date) {
    const time = value.getTime();
    if (time !== lastDate.time) lastDate = { time, text: value.toISOString().replace('Z', '+00:00') };
    return lastDate.text;
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** The values to bind, as one array (better-sqlite3 binds an array's items in order). */
const bound = (values: SqlValue[]) => values.map(bindable);

const registry = new WeakMap<Db, HotSql>();

/** The per-message statements of a client made by `createDb` (Prisma's raw queries otherwise). */
export function hotSql(db: Db): HotSql {
  let sql = registry.get(db);
  if (!sql) {
    sql = createHotSql(db, null);
    registry.set(db, sql);
  }
  return sql;
}

/** Called by `createDb` for a SQLite client: its statements use the connection in `slot`. */
export function registerHotSql(db: Db, slot: ConnectionSlot): void {
  registry.set(db, createHotSql(db, slot));
}

function createHotSql(db: Db, slot: ConnectionSlot | null): HotSql {
  let cached: { connection: Database; statements: WeakMap<TemplateStringsArray, Statement> } | undefined;

  /** The prepared statement of a call site on the connection, if it is open. */
  function statementOn(connection: Database | undefined, strings: TemplateStringsArray): Statement | null {
    if (!connection?.open) return null;
    if (cached?.connection !== connection) cached = { connection, statements: new WeakMap() };
    let statement = cached.statements.get(strings);
    if (!statement) {
      // Prisma's connection reads integers as BigInt; these statements read plain numbers.
      statement = connection.prepare(strings.join('?')).safeIntegers(false);
      cached.statements.set(strings, statement);
    }
    return statement;
  }

  /** The statement for a call site; null when not on SQLite. Prisma connects lazily (and anew after $disconnect). */
  async function connectAndPrepare(strings: TemplateStringsArray): Promise<Statement | null> {
    if (!slot) return null;
    await db.$connect();
    return statementOn(slot.current, strings);
  }

  return {
    commitOrdered: slot !== null,
    async query<T>(strings: TemplateStringsArray, ...values: SqlValue[]) {
      // Once connected, the statement is found without waiting for another turn of the event loop.
      const statement = statementOn(slot?.current, strings) ?? (await connectAndPrepare(strings));
      if (!statement) return db.$queryRaw<T[]>(strings, ...values);
      return statement.all(bound(values)) as T[];
    },
    async execute(strings: TemplateStringsArray, ...values: SqlValue[]) {
      const statement = statementOn(slot?.current, strings) ?? (await connectAndPrepare(strings));
      if (!statement) return db.$executeRaw(strings, ...values);
      // Writes of one turn of the event loop share a commit (see group-commit.ts).
      return groupedWrite(statement.database, () => statement.run(bound(values)).changes);
    },
    async insert(strings: TemplateStringsArray, ...values: SqlValue[]) {
      const statement = statementOn(slot?.current, strings) ?? (await connectAndPrepare(strings));
      if (!statement) {
        await db.$executeRaw(strings, ...values);
        return null;
      }
      const connection = statement.database;
      return groupedWrite(connection, () => {
        const id = Number(statement.run(bound(values)).lastInsertRowid);
        return { id, stamp: changeStamp(connection, true) };
      });
    },
    changeStamp: () => (slot?.current?.open ? changeStamp(slot.current) : null),
    rewriteStamp: (table) => (slot?.current?.open ? rewriteStamp(slot.current, table) : null),
  };
}
