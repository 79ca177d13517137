/**
 * The one database interface. Two implementations: PGlite (embedded, the default) and a PostgreSQL
 * server (DATABASE_URL). SQL is written once, in Postgres dialect, with $1 placeholders.
 */
import type { LiveEvent } from '../../contract/api';

import type { MessageBus } from './message-bus';
import type { StoryRevisions } from './story-revisions';

export interface Queryable {
  /**
   * `name`: a statement run often (the review write). The database plans it once and keeps the plan: for a
   * statement of several parts, planning is most of its cost.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], name?: string): Promise<T[]>;
}

/** A transaction in progress: besides queries, what it tells other server processes and this one once it commits. */
export interface Tx extends Queryable {
  /** Sends `message` to every server process on this database if, and when, the transaction commits. */
  send(message: BusMessage): Promise<void>;
  /**
   * Bumps the story's revision as the transaction's last statement, sent with its COMMIT (the story's
   * row stays locked for no longer than that), and announces the new revision once committed.
   */
  bumpRevision(storyId: string): void;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: all of it is kept, or none of it. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Messages between the server processes sharing this database (one process only, for the embedded one). */
  readonly bus: MessageBus;
  /** What this process knows of each story's revision, kept current by the bus. */
  readonly revisions: StoryRevisions;
  /** Runs `fn` while no other process on this database runs its own `exclusive` (start-up: migrations, seeding). */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Statements sent so far, by anyone in this process: tests and the benchmark check which reads need none. */
  readonly stats: { queries: number };
  /** True when the database answers a trivial query within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * What one process tells the others: a story's new revision (null: the story is gone), or a live update
 * for the dashboards connected to them. `origin` names the sending process, which has already acted on it.
 */
export type BusMessage =
  | { type: 'revision'; storyId: string; revision: number | null }
  | { type: 'live'; event: LiveEvent };

export type DatabaseConfig =
  | { kind: 'memory' }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };
