/**
 * Messages between the server processes that share one database: a story's new revision (so every
 * process drops what it cached of that story) and live updates (so every process's dashboards hear of a
 * change, wherever it was made). This process's own messages reach its subscribers at once (after the
 * commit of the transaction that sent them); the others' through PostgreSQL NOTIFY (pg-bus.ts).
 */
import { z } from 'zod';

import { liveEventSchema } from '../../contract/api';

import type { BusMessage } from './db';

export type BusListener = (message: BusMessage) => void;
/** `connected`: every message sent by another process from now on will arrive. */
export type BusStateListener = (connected: boolean) => void;

export interface MessageBus {
  /** True while messages from other processes are sure to arrive; always true with one process. */
  readonly connected: boolean;
  /** Returns the function that stops listening. */
  subscribe(onMessage: BusListener, onState?: BusStateListener): () => void;
  /** Sends a message about something already committed, to this process and every other. */
  send(message: BusMessage): Promise<void>;
  /** Sends a message to the other processes only (this one has acted on it already). */
  broadcast(message: BusMessage): Promise<void>;
  /** Hands a message to this process's subscribers only (the others got it by `notifySql`). */
  deliver(message: BusMessage): void;
  /**
   * A SQL expression that sends the message `json` (a SQL expression building it) to the other processes
   * when the statement holding it commits; 'NULL' with one process.
   */
  notifySql(json: string): string;
  close(): Promise<void>;
}

/** Other processes' messages are input like any request: checked before anyone acts on them. */
export const busMessageSchema: z.ZodType<BusMessage> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('revision'), storyId: z.string().min(1), revision: z.number().int().nullable() }),
  z.object({ type: z.literal('live'), event: liveEventSchema }),
]);

/** Local delivery, shared by both buses: a failing subscriber never stops the others. */
export class LocalBus implements MessageBus {
  private readonly listeners = new Set<{ onMessage: BusListener; onState?: BusStateListener }>();

  get connected(): boolean {
    return true;
  }

  subscribe(onMessage: BusListener, onState?: BusStateListener): () => void {
    const entry = { onMessage, onState };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  async send(message: BusMessage): Promise<void> {
    this.deliver(message);
  }

  async broadcast(_message: BusMessage): Promise<void> {
    // One process: nobody else to tell.
  }

  notifySql(_json: string): string {
    return 'NULL';
  }

  deliver(message: BusMessage): void {
    for (const l of this.listeners) {
      try {
        l.onMessage(message);
      } catch (e) {
        console.error('tally: a bus subscriber failed:', e);
      }
    }
  }

  protected announce(connected: boolean): void {
    for (const l of this.listeners) l.onState?.(connected);
  }

  protected get subscribers(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
