import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { ForwardingAdapter } from './forwarding-adapter.ts';

let ready: Promise<void> | undefined;

/** The slice of the WebAssembly global used here (Node has it; @types/node does not declare it). */
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, object>): Promise<{ exports: unknown }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * The package's ESM entry imports a .wasm file, which Node cannot load; compile it here and wire
 * it to the JS bindings, once per process.
 */
function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@prisma/schema-engine-wasm');
    const bytes = await readFile(entry.replace(/schema_engine\.js$/, 'schema_engine_bg.wasm'));
    const module = await wasmApi.compile(bytes);
    const instance = await wasmApi.instantiate(module, { './schema_engine_bg.js': engineBindings });
    const exports = instance.exports as { __wbindgen_start(): void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return ready;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (it holds an exclusive lock on SQLite). */
  close: () => Promise<void>;
}

/** A connection the engine opened, disposed once (the engine disposes a shadow database itself: PostgreSQL drops it then). */
class TrackedConnection extends ForwardingAdapter {
  #disposed: Promise<void> | undefined;

  override dispose(): Promise<void> {
    return (this.#disposed ??= super.dispose());
  }
}

/**
 * The shadow database, where the engine replays each migration file as one raw statement, which
 * better-sqlite3 refuses for multi-statement files: those go through executeScript.
 */
class ShadowConnection extends TrackedConnection {
  override async executeRaw(query: SqlQuery): Promise<number> {
    if (query.args.length > 0) return super.executeRaw(query);
    await this.executeScript(query.sql);
    return 0;
  }
}

/** Wraps a driver-adapter factory so the connections the engine opens can be closed afterwards. */
function trackConnections(
  factory: SqlMigrationAwareDriverAdapterFactory,
  opened: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  const track = <T extends SqlDriverAdapter>(connection: T) => (opened.push(connection), connection);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(new TrackedConnection(await factory.connect())),
    connectToShadowDb: async () => track(new ShadowConnection(await factory.connectToShadowDb())),
  };
}

/** A Prisma schema engine running in WebAssembly over a driver adapter: no engine binary needed. */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
  onLog: (line: string) => void = () => {},
): Promise<OpenEngine> {
  await loadWasm();
  const opened: SqlDriverAdapter[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(trackConnections(adapterFactory, opened));
  const engine = await engineBindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, onLog, adapter);
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((connection) => connection.dispose()));
    },
  };
}
