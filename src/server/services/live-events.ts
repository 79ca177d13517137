/**
 * Live updates inside one server process: routes publish what changed after it is committed, and every
 * open /api/events stream passes it on. Each event gets the next number, its SSE id.
 */
import type { LiveEvent } from '../../contract/api';

export type LiveListener = (event: LiveEvent, id: number) => void;

export class LiveHub {
  private readonly listeners = new Set<LiveListener>();
  private seq = 0;

  /** Returns the function that stops listening. */
  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: LiveEvent): void {
    const id = ++this.seq;
    for (const listener of this.listeners) {
      try {
        listener(event, id);
      } catch (e) {
        console.error('tally: a live-update listener failed:', e);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
