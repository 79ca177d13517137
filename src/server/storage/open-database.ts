import type { DatabaseConfig, Db } from './db';
import { runMigrations } from './migrations';
import { openPglite } from './pglite';

/** Opens the configured database and brings its schema up to date (one process at a time). */
export async function openDatabase(config: DatabaseConfig): Promise<Db> {
  let db: Db;
  if (config.kind === 'postgres') {
    const { openPostgres } = await import('./postgres');
    db = await openPostgres(config.url, { schema: config.schema, poolSize: config.poolSize });
  } else db = await openPglite(config.kind === 'pglite' ? config.dataDir : undefined);
  await db.exclusive(() => runMigrations(db));
  return db;
}
