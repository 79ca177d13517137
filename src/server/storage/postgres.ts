import type { Pool } from 'pg';

import type { Db, Queryable } from './db';

/**
 * A PostgreSQL server through a pg pool. `schema` (tests) puts every table in its own schema, so runs
 * do not see each other's data. pg is imported on demand: the embedded default never loads it.
 */
export async function openPostgres(url: string, schema?: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  if (schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    pool.on('connect', (client) => {
      void client.query(`SET search_path TO ${schema}`);
    });
  }
  const run = async <T>(client: Pick<Pool, 'query'>, sql: string, params: unknown[] = []) =>
    (await client.query(sql, params)).rows as T[];
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params: unknown[] = []) => {
      const client = await pool.connect();
      try {
        if (schema) await client.query(`SET search_path TO ${schema}`);
        return await run<T>(client, sql, params);
      } finally {
        client.release();
      }
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        if (schema) await client.query(`SET search_path TO ${schema}`);
        await client.query('BEGIN');
        const result = await fn({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
