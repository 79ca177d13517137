import { PGlite } from '@electric-sql/pglite';

import type { BusMessage, Db, Tx } from './db';
import { LocalBus } from './message-bus';
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
  const stats = { queries: 0 };
  const query = async <T>(sql: string, params: unknown[] = []) => {
    stats.queries++;
    await yieldNowAndThen();
    return (await pg.query<T>(sql, params)).rows;
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
      const result = await pg.transaction(async (tx) =>
        fn({
          query: async <R>(sql: string, params: unknown[] = []) => {
            stats.queries++;
            await yieldNowAndThen();
            return (await tx.query<R>(sql, params)).rows;
          },
          send: async (m) => void sent.push(m),
        }));
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
