import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies the WAL back into the database file from a worker thread, on its own connection. SQLite
 * would otherwise do it inside a commit on the bot's connection every 1,000 pages, stalling the
 * event loop (and all chats) for the copy and its fsync. A PASSIVE checkpoint never waits for or
 * blocks readers and writers. The bot's connection keeps a far higher threshold as a safety net.
 */
export interface Checkpointer {
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  /** Absolute path of the SQLite file. */
  path: string;
  everyMs: number;
  onError(error: unknown): void;
}

// Plain CommonJS run by the worker: a TypeScript file would need the loader inside the thread.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(options: CheckpointerOptions): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, path: options.path, everyMs: options.everyMs } });
  // It never keeps the process alive by itself.
  worker.unref();
  worker.on('message', (m: { error?: string }) => options.onError(new Error(m.error)));
  worker.on('error', (error) => options.onError(error));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Held again while it closes its connection, or the process could end before it does.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
