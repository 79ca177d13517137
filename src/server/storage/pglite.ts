import { PGlite } from '@electric-sql/pglite';

import type { BusMessage, Db, Tx } from './db';
import { GroupCommit } from './group-commit';
import { LocalBus } from './message-bus';
import { executeSql } from './sql-literal';
import { StoryRevisions } from './story-revisions';

/** How long statements may run back to back before other requests get a turn. */
const SLICE_MS = 4;
let sliceStart = performance.now();

/**
 * PGlite runs each statement synchronously and settles its promise at once, so a long run of statements
 * (an upload's writes) would never let the event loop answer anyone else. Every few milliseconds of them,
 * this gives it a turn.
 */
async function yieldNowAndThen(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  // setImmediate runs after pending I/O (other requests); the browser's mock has only setTimeout.
  await new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
  sliceStart = performance.now();
}

/**
 * Embedded Postgres: in memory, or persisted under `dataDir`. One process owns it (data-dir-lock.ts), so its
 * bus is local and `exclusive` needs no lock. PGlite runs one query at a time, and a transaction holds it
 * whole: keep transactions short.
 */
export async function openPglite(dataDir?: string): Promise<Db> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  await pg.exec('SET standard_conforming_strings = on');
  const stats = { queries: 0 };
  /** Statements prepared, or being prepared (the first fifty writes arrive at once), by name. */
  const prepared = new Map<string, Promise<unknown>>();
  /** A named statement, prepared once under its name, as an EXECUTE with its parameters as literals. */
  const execute = async (target: Pick<PGlite, 'query'>, sql: string, params: unknown[], name: string) => {
    const statement = executeSql(name, params);
    let preparing = prepared.get(name);
    if (!preparing) {
      preparing = target.query(`PREPARE ${name} AS ${sql}`);
      prepared.set(name, preparing);
      preparing.catch(() => prepared.delete(name));
    }
    await preparing;
    return statement;
  };
  const runOn = async <T>(target: Pick<PGlite, 'query' | 'exec'>, sql: string, params: unknown[], name?: string) => {
    stats.queries++;
    await yieldNowAndThen();
    if (!name) return (await target.query<T>(sql, params)).rows;
    // The simple protocol: one message, where query() sends three more (parse, describe, bind) per EXECUTE.
    return ((await target.exec(await execute(target, sql, params, name)))[0]?.rows ?? []) as T[];
  };
  const group = new GroupCommit((sql) => pg.exec(sql));
  /** Outside a transaction, named statements (the review write) arriving together are committed together. */
  const query = async <T>(sql: string, params: unknown[] = [], name?: string): Promise<T[]> => {
    if (!name) return runOn<T>(pg, sql, params);
    stats.queries++;
    return group.run<T>(await execute(pg, sql, params, name));
  };
  const bus = new LocalBus();
  let revisions: StoryRevisions | null = null;
  return {
    kind: 'pglite',
    query,
    stats,
    bus,
    get revisions() {
      revisions ??= new StoryRevisions(bus, { query });
      return revisions;
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      const sent: BusMessage[] = [];
      const bumped = new Set<string>();
      const result = await pg.transaction(async (tx) => {
        const run = <R>(sql: string, params: unknown[] = [], name?: string) => runOn<R>(tx, sql, params, name);
        const value = await fn({ query: run, send: async (m) => void sent.push(m), bumpRevision: (id) => void bumped.add(id) });
        for (const storyId of bumped) {
          const row = (await run<{ revision: string | number }>('UPDATE stories SET revision = revision + 1 WHERE id = $1 RETURNING revision', [storyId]))[0];
          if (row) sent.push({ type: 'revision', storyId, revision: Number(row.revision) });
        }
        return value;
      });
      for (const m of sent) bus.deliver(m);
      return result;
    },
    exclusive: (fn) => fn(),
    ping: async () => {
      try {
        await pg.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await bus.close();
      await pg.close();
    },
  };
}
