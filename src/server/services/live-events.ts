/**
 * Live updates: routes publish what changed after it is committed, and every open /api/events stream
 * passes it on, in this process at once and, through the database's message bus, in every other server
 * process on the same PostgreSQL. Each event gets the next number of the process that streams it, its SSE id.
 */
import type { LiveEvent } from '../../contract/api';
import type { MessageBus } from '../storage/message-bus';

export type LiveListener = (event: LiveEvent, id: number) => void;

export class LiveHub {
  private readonly listeners = new Set<LiveListener>();
  private readonly closers = new Set<() => void>();
  private seq = 0;
  private closed = false;

  constructor(private readonly bus?: MessageBus) {
    bus?.subscribe((m) => {
      if (m.type === 'live') this.dispatch(m.event);
    });
  }

  /** Returns the function that stops listening. */
  subscribe(listener: LiveListener): () => void {
    if (this.closed) return () => undefined;
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: LiveEvent): void {
    this.dispatch(event);
    this.bus?.broadcast({ type: 'live', event }).catch((e: unknown) => console.error('tally: a live update did not reach the other processes:', e instanceof Error ? e.message : e));
  }

  private dispatch(event: LiveEvent): void {
    if (this.closed) return;
    const id = ++this.seq;
    for (const listener of this.listeners) {
      try {
        listener(event, id);
      } catch (e) {
        console.error('tally: a live-update listener failed:', e);
      }
    }
  }

  /** Shutting down: every open stream is told to end (they listen for `onClose`), and no new one starts. */
  close(): void {
    this.closed = true;
    for (const end of this.closers) end();
    this.listeners.clear();
  }

  /** Calls `end` when the hub closes; returns the function that forgets it. */
  onClose(end: () => void): () => void {
    this.closers.add(end);
    return () => this.closers.delete(end);
  }

  get size(): number {
    return this.listeners.size;
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
