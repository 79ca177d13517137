/**
 * The one database interface. Two implementations: PGlite (embedded, the default) and a PostgreSQL
 * server (DATABASE_URL). SQL is written once, in Postgres dialect, with $1 placeholders.
 */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction: all of it is kept, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type Queryable = Pick<Db, 'query'>;

export type DatabaseConfig = { kind: 'memory' } | { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; schema?: string };
