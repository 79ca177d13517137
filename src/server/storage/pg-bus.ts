/**
 * The message bus over PostgreSQL: NOTIFY on one channel per schema, LISTEN on a connection of its own.
 * A NOTIFY sent inside a transaction is delivered only if it commits, so a revision can never be announced
 * for a change that was rolled back. A payload over NOTIFY's limit goes into bus_messages and the
 * notification carries its number. While the listening connection is down, `connected` is false (readers
 * then ask the database instead of trusting what they cached) and it reconnects with a growing pause.
 */
import { randomUUID } from 'node:crypto';

import type { Client, PoolClient } from 'pg';
import { z } from 'zod';

import type { BusMessage, Queryable } from './db';
import { busMessageSchema, LocalBus } from './message-bus';

/** NOTIFY takes at most 8000 bytes; the envelope's own fields fit in the margin. */
const INLINE_BYTES = 7_500;
const envelopeSchema = z.object({ o: z.string(), m: z.unknown().optional(), ref: z.coerce.string().optional() });

export class PgBus extends LocalBus {
  private readonly origin = randomUUID();
  private listening = false;
  private started = false;
  private closed = false;
  private client: Client | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly channel: string,
    private readonly newClient: () => Client,
    private readonly pool: Queryable,
  ) {
    super();
  }

  override get connected(): boolean {
    return this.listening;
  }

  override subscribe(...args: Parameters<LocalBus['subscribe']>): () => void {
    const stop = super.subscribe(...args);
    if (!this.started) {
      this.started = true;
      void this.listenLoop();
    }
    return stop;
  }

  /** Sends with `q` (an open transaction, or the pool for what is already committed); delivers nothing locally. */
  async notify(q: Queryable, message: BusMessage): Promise<void> {
    const inline = JSON.stringify({ o: this.origin, m: message });
    let payload = inline;
    if (Buffer.byteLength(inline) > INLINE_BYTES) {
      await q.query(`DELETE FROM bus_messages WHERE at < now() - interval '10 minutes'`);
      const [row] = await q.query<{ seq: string }>('INSERT INTO bus_messages (payload) VALUES ($1::jsonb) RETURNING seq', [JSON.stringify(message)]);
      payload = JSON.stringify({ o: this.origin, ref: row?.seq });
    }
    await q.query('SELECT pg_notify($1, $2)', [this.channel, payload]);
  }

  /**
   * Commits a transaction, bumping the revisions of `storyIds` and notifying them in the same round trip as
   * the COMMIT: the stories' rows are locked for that one round trip, not while this process, busy with
   * other requests, gets round to sending COMMIT. Multiple statements go only by the simple protocol, which
   * takes no parameters: every value is quoted with the driver's own escaping.
   */
  async bumpAndCommit(client: PoolClient, storyIds: string[]): Promise<BusMessage[]> {
    const bumps = storyIds.map((id) => `WITH b AS (UPDATE stories SET revision = revision + 1 WHERE id = ${client.escapeLiteral(id)} RETURNING id, revision)
      SELECT b.id, b.revision, pg_notify(${client.escapeLiteral(this.channel)}, json_build_object('o', ${client.escapeLiteral(this.origin)},
        'm', json_build_object('type', 'revision', 'storyId', b.id, 'revision', b.revision))::text) FROM b;`);
    const results = await client.query([...bumps, 'COMMIT'].join('\n'));
    const rows = (Array.isArray(results) ? results : [results]).slice(0, bumps.length).flatMap((r) => r.rows as Array<{ id: string; revision: string | number }>);
    return rows.map((r) => ({ type: 'revision', storyId: r.id, revision: Number(r.revision) }));
  }

  override notifySql(json: string): string {
    // Both are ours (a checked identifier, a UUID): nothing to escape but the quotes.
    const literal = (v: string) => `'${v.replace(/'/g, "''")}'`;
    return `pg_notify(${literal(this.channel)}, json_build_object('o', ${literal(this.origin)}, 'm', ${json})::text)`;
  }

  override async send(message: BusMessage): Promise<void> {
    await this.notify(this.pool, message);
    this.deliver(message);
  }

  override async broadcast(message: BusMessage): Promise<void> {
    await this.notify(this.pool, message);
  }

  /** Messages are handled one after another, in the order they were committed. */
  private receive(raw: string): void {
    this.chain = this.chain.then(async () => {
      try {
        const envelope = envelopeSchema.parse(JSON.parse(raw));
        if (envelope.o === this.origin) return;
        let body = envelope.m;
        if (envelope.ref !== undefined) {
          body = (await this.pool.query<{ payload: unknown }>('SELECT payload FROM bus_messages WHERE seq = $1', [envelope.ref]))[0]?.payload;
        }
        const message = busMessageSchema.safeParse(body);
        if (message.success) this.deliver(message.data);
        else console.error('tally: ignored a malformed bus message:', message.error.issues[0]?.message);
      } catch (e) {
        console.error('tally: could not read a bus message:', e instanceof Error ? e.message : e);
      }
    });
  }

  private setListening(value: boolean): void {
    if (this.listening === value) return;
    this.listening = value;
    this.announce(value);
  }

  private async listenLoop(): Promise<void> {
    let pause = 100;
    while (!this.closed) {
      const client = this.newClient();
      const ended = new Promise<void>((resolve) => {
        client.on('error', () => resolve());
        client.on('end', () => resolve());
      });
      client.on('notification', (n) => {
        if (n.channel === this.channel && n.payload !== undefined) this.receive(n.payload);
      });
      try {
        await client.connect();
        await client.query(`LISTEN "${this.channel}"`);
        this.client = client;
        this.setListening(true);
        pause = 100;
        await ended;
      } catch (e) {
        if (!this.closed) console.error('tally: the bus lost its database connection:', e instanceof Error ? e.message : e);
      }
      this.client = null;
      this.setListening(false);
      void client.end().catch(() => undefined);
      if (this.closed) break;
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, 5_000);
    }
  }

  /** Test hook: drops the listening connection as a network failure would. */
  async dropConnection(): Promise<void> {
    await this.client?.query('SELECT pg_terminate_backend(pg_backend_pid())').catch(() => undefined);
  }

  override async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
    await this.chain;
    await super.close();
  }
}
