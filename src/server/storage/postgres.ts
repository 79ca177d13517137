import type { Pool, PoolClient } from 'pg';

import type { BusMessage, Db, Tx } from './db';
import { PgBus } from './pg-bus';
import { PgGroupedWrites } from './pg-grouped-writes';
import { StoryRevisions } from './story-revisions';

/** Retried whole: PostgreSQL aborted the transaction only because another one crossed it. */
const TRANSIENT = new Set(['40P01', '40001']);
/** One number for every Tally process on a database: who runs migrations and seeding. */
const STARTUP_LOCK = 7_245_001;

export interface PostgresOptions {
  /** Tests put every table in a schema of their own, so runs do not see each other's data. */
  schema?: string;
  /** Connections this process keeps at most (DATABASE_POOL_SIZE). */
  poolSize?: number;
}

/**
 * A PostgreSQL server through a pg pool, shared with other server processes: the bus listens on a
 * connection of its own. pg is imported on demand: the embedded default never loads it.
 */
export async function openPostgres(url: string, { schema, poolSize = 10 }: PostgresOptions = {}): Promise<Db> {
  const { default: pg } = await import('pg');
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  const connection = { connectionString: url, application_name: 'tally', ...(schema ? { options: `-c search_path=${schema}` } : {}) };
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).finally(() => setup.end());
  }
  const pool: Pool = new pg.Pool({ ...connection, max: poolSize, idleTimeoutMillis: 30_000 });
  // An idle connection the server closes (restart, failover) must not take the process down; the pool replaces it.
  pool.on('error', (e) => console.error('tally: an idle database connection failed:', e.message));
  const stats = { queries: 0 };
  const grouped = new PgGroupedWrites(pool);
  /**
   * Outside a transaction, named statements (the review write) arriving together are committed together,
   * as on the embedded database: fifty writes of one story otherwise queue for its revision's row lock,
   * each with a round trip and a commit of its own.
   */
  const query = async <T>(sql: string, params: unknown[] = [], name?: string) => {
    stats.queries++;
    if (name) return grouped.run<T>(name, sql, params);
    return (await pool.query({ text: sql, values: params })).rows as T[];
  };
  const bus = new PgBus(`tally_${schema ?? 'public'}`, () => new pg.Client(connection), { query });
  let revisions: StoryRevisions | null = null;

  async function attempt<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client: PoolClient = await pool.connect();
    const sent: BusMessage[] = [];
    const run = async <R>(sql: string, params: unknown[] = [], name?: string) => {
      stats.queries++;
      return (await client.query({ text: sql, values: params, name })).rows as R[];
    };
    const bumped = new Set<string>();
    const tx: Tx = { query: run, send: async (m) => { await bus.notify({ query: run }, m); sent.push(m); }, bumpRevision: (id) => void bumped.add(id) };
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      stats.queries++;
      sent.push(...(await bus.bumpAndCommit(client, [...bumped])));
      for (const m of sent) bus.deliver(m);
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  return {
    kind: 'postgres',
    query,
    stats,
    bus,
    get revisions() {
      revisions ??= new StoryRevisions(bus, { query });
      return revisions;
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      for (let tries = 1; ; tries++) {
        try {
          return await attempt(fn);
        } catch (e) {
          if (tries >= 3 || !TRANSIENT.has((e as { code?: string }).code ?? '')) throw e;
        }
      }
    },
    async exclusive<T>(fn: () => Promise<T>): Promise<T> {
      // A connection outside the pool holds the lock, so `fn` has the whole pool even at a size of one.
      const holder = new pg.Client(connection);
      await holder.connect();
      try {
        await holder.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
        return await fn();
      } finally {
        await holder.end().catch(() => undefined);
      }
    },
    async ping(timeoutMs = 2_000) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      const answered = query('SELECT 1').then(() => true, () => false);
      try {
        return await Promise.race([answered, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await bus.close();
      await pool.end();
    },
  };
}
