import type {
  IsolationLevel,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { Mutex } from 'async-mutex';
import { ForwardingAdapter } from './forwarding-adapter.ts';

/**
 * One SQLite connection, one statement or transaction at a time. The better-sqlite3 adapter lets a
 * query run while a transaction is open on the same connection, so another chat's write would
 * silently join that transaction and vanish with its rollback (seen: a write that resolved, then
 * was gone). This adapter, a plain implementation of Prisma's driver-adapter interface around
 * the library's own, makes every query outside a transaction wait for the open one to end, as a
 * second connection would wait for SQLite's lock. Keep transactions short, and never await a query
 * of the client itself inside a `$transaction` callback (use its `tx`): it would wait for the end
 * of the very transaction it is in.
 */
class SerialAdapter extends ForwardingAdapter {
  readonly #lock = new Mutex();

  override queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#lock.runExclusive(() => super.queryRaw(query));
  }

  override executeRaw(query: SqlQuery): Promise<number> {
    return this.#lock.runExclusive(() => super.executeRaw(query));
  }

  override executeScript(script: string): Promise<void> {
    return this.#lock.runExclusive(() => super.executeScript(script));
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#lock.acquire();
    try {
      return new HeldTransaction(await super.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  override dispose(): Promise<void> {
    return this.#lock.runExclusive(() => super.dispose());
  }
}

/** A transaction that holds the connection until it is committed or rolled back. */
class HeldTransaction implements Transaction {
  readonly provider: Transaction['provider'];
  readonly adapterName: string;
  readonly options: Transaction['options'];

  constructor(
    private readonly inner: Transaction,
    private readonly release: () => void,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    this.options = inner.options;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  commit(): Promise<void> {
    return this.inner.commit().finally(this.release);
  }

  rollback(): Promise<void> {
    return this.inner.rollback().finally(this.release);
  }

  async createSavepoint(name: string): Promise<void> {
    await this.inner.createSavepoint?.(name);
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.inner.rollbackToSavepoint?.(name);
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.inner.releaseSavepoint?.(name);
  }
}

/** The library's factory, with each connection it makes serialised (see SerialAdapter). */
export function serialise(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new SerialAdapter(await factory.connect()),
    connectToShadowDb: async () => new SerialAdapter(await factory.connectToShadowDb()),
  };
}
