// Locks across the instances that share one database. On PostgreSQL, several bot instances may
// run on one database: advisory locks keep a chat's updates in order whichever instance received
// them, and elect one sender per channel (a channel's rate limit is the bot's, not an instance's).
// A lock lives on its own connection: when an instance dies, its connection closes and its locks
// are released, so another instance takes over. SQLite is one process by construction: nothing to
// share, every lock is granted at once.
import pg from 'pg';
import type { Logger } from '../logger.ts';
import { providerOf } from './prisma.ts';

export interface Leadership {
  /** Whether this instance holds the lock now (taking it when free); checks its connection is alive. */
  holds(): Promise<boolean>;
  release(): Promise<void>;
}

export interface Locks {
  /** Several instances may share the database (PostgreSQL). */
  readonly shared: boolean;
  /** Runs `work` holding the named lock, waiting for another instance that holds it. */
  withLock<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** A lock held until released or until this process's connection ends: the instance that leads. */
  leadership(name: string): Leadership;
  /** Whether some instance (this one or another) holds the named leadership now. */
  heldAnywhere(name: string): Promise<boolean>;
  close(): Promise<void>;
}

const granted: Leadership = { holds: async () => true, release: async () => {} };

/** One process on one SQLite file: every lock is granted (the inbox already keeps each chat in order). */
const local: Locks = {
  shared: false,
  withLock: (_name, work) => work(),
  leadership: () => granted,
  // No other instance: nobody holds a leadership that this process has not taken itself.
  heldAnywhere: async () => false,
  close: async () => {},
};

/** The advisory lock key of a name: PostgreSQL hashes it to 64 bits. */
const key = 'hashtextextended($1, 0)';

/**
 * Whether any session of this database holds the advisory lock of a name: pg_locks shows a 64-bit
 * key as its high (classid) and low (objid) 32 bits, with objsubid 1.
 */
const heldQuery = `SELECT EXISTS (
  SELECT 1 FROM pg_locks
  WHERE locktype = 'advisory' AND granted AND objsubid = 1
    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND ((classid::bigint << 32) | objid::bigint) = ${key}
) AS held`;

function postgresLocks(url: string, logger: Logger, connections: number): Locks {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  pool.on('error', (error) => logger.warn({ err: error }, 'locks: an idle connection failed'));
  const leaders: Leadership[] = [];

  return {
    shared: true,
    async withLock(name, work) {
      const client = await pool.connect();
      let broken = false;
      // A connection lost while the lock is held (server restart, failover) must not bring the
      // process down: the lock went with it, and the work's own statements fail or succeed alone.
      const lost = (error: Error) => {
        broken = true;
        logger.warn({ err: error, lock: name }, 'locks: lost the lock connection');
      };
      client.on('error', lost);
      try {
        await client.query(`SELECT pg_advisory_lock(${key})`, [name]);
        return await work();
      } catch (error) {
        broken = true;
        throw error;
      } finally {
        // A session lock must be released on its own connection; a broken connection drops it anyway.
        await client.query(`SELECT pg_advisory_unlock(${key})`, [name]).catch(() => (broken = true));
        client.removeListener('error', lost);
        client.release(broken);
      }
    },
    leadership(name) {
      let client: pg.Client | undefined;
      let held = false;
      const drop = async () => {
        held = false;
        const old = client;
        client = undefined;
        await old?.end().catch(() => undefined);
      };
      const leader: Leadership = {
        async holds() {
          try {
            if (!client) {
              client = new pg.Client({ connectionString: url });
              client.on('error', () => void drop());
              await client.connect();
            }
            if (held) {
              await client.query('SELECT 1');
              return true;
            }
            const result = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${key}) AS ok`, [name]);
            held = result.rows[0]?.ok === true;
            if (held) logger.info({ lock: name }, 'locks: this instance now leads');
            return held;
          } catch (error) {
            logger.warn({ err: error, lock: name }, 'locks: lost the lock connection');
            await drop();
            return false;
          }
        },
        release: drop,
      };
      leaders.push(leader);
      return leader;
    },
    async heldAnywhere(name) {
      const result = await pool.query<{ held: boolean }>(heldQuery, [name]);
      return result.rows[0]?.held === true;
    },
    async close() {
      await Promise.all(leaders.map((l) => l.release()));
      await pool.end();
    },
  };
}

/** The locks of the database at `url`: advisory locks on PostgreSQL, none needed on SQLite. */
export function createLocks(url: string, logger: Logger, connections = 40): Locks {
  return providerOf(url) === 'postgresql' ? postgresLocks(url, logger, connections) : local;
}
