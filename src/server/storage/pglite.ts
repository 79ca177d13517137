import { PGlite } from '@electric-sql/pglite';

import type { Db, Queryable } from './db';

/** Embedded Postgres: in memory, or persisted under `dataDir`. */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  const query = async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows;
  return {
    kind: 'pglite',
    query,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      pg.transaction(async (tx) => fn({ query: async <R>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows })),
    close: () => pg.close(),
  };
}
