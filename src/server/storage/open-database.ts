import type { DatabaseConfig, Db } from './db';
import { runMigrations } from './migrations';
import { openPglite } from './pglite';

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Db> {
  let db: Db;
  if (config.kind === 'postgres') {
    const { openPostgres } = await import('./postgres');
    db = await openPostgres(config.url, config.schema);
  } else db = await openPglite(config.kind === 'pglite' ? config.dataDir : undefined);
  await runMigrations(db);
  return db;
}
