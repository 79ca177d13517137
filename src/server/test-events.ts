/** Test helper: reads an /api/events stream (server-sent events) frame by frame, as a dashboard does. */
import { expect } from 'vitest';

import { liveEventSchema, type LiveEvent } from '../contract/api';

/** An open /api/events stream: `next()` resolves with the next "change" event. */
export async function openEvents(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const frame = async (): Promise<{ event: string; data: string; id?: string }> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (raw.startsWith(':')) continue;
        const field = (name: string) => raw.split('\n').filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2)).join('\n');
        return { event: field('event'), data: field('data'), id: field('id') || undefined };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
  };
  expect((await frame()).event).toBe('ready');
  return {
    next: async (): Promise<LiveEvent & { id?: string }> => {
      const f = await frame();
      expect(f.event).toBe('change');
      return { ...liveEventSchema.parse(JSON.parse(f.data)), id: f.id };
    },
    /** The next event that `match` accepts, skipping others (e.g. progress events). */
    async until(match: (e: LiveEvent) => boolean): Promise<LiveEvent> {
      for (;;) {
        const e = await this.next();
        if (match(e)) return e;
      }
    },
    close: () => reader.cancel(),
  };
}

/** `p`, or a failure naming what did not come within `ms` (a generous bound: the wait, not a speed test). */
export const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms))]);
