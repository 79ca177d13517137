import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';

import type { LiveEvent } from '../../contract/api';
import type { AppEnv } from '../auth/guard';
import { ApiError } from '../errors';
import type { LiveHub } from '../services/live-events';
import type { Db } from '../storage/db';
import { store } from '../storage/store';

/** A comment line this often keeps proxies from closing an idle stream, and checks the session is still open. */
export const HEARTBEAT_MS = 15_000;

/**
 * GET /events: server-sent events, one "change" per review, mark, move, upload or story change (the
 * contract's liveEventSchema as JSON), after a first "ready". Any signed-in role may listen.
 */
export const eventRoutes = (db: Db, live: LiveHub) =>
  new Hono<AppEnv>().get('/', (c) => {
    const { tokenHash } = c.get('actor');
    if (live.isClosed) throw new ApiError('service_unavailable', 'the server is shutting down: connect again');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: Array<{ event: LiveEvent; id: number }> = [];
      let wake: (() => void) | null = null;
      let closing = false;
      const unsubscribe = live.subscribe((event, id) => {
        queue.push({ event, id });
        wake?.();
      });
      // A graceful shutdown ends every stream; the browser reconnects, to another process.
      const forget = live.onClose(() => {
        closing = true;
        wake?.();
      });
      stream.onAbort(() => wake?.());
      try {
        await stream.writeSSE({ event: 'ready', data: '{}', retry: 2000 });
        while (!stream.aborted && !stream.closed && !closing) {
          for (let next = queue.shift(); next; next = queue.shift()) {
            await stream.writeSSE({ event: 'change', id: String(next.id), data: JSON.stringify(next.event) });
          }
          const idle = await new Promise<boolean>((resolve) => {
            if (queue.length > 0 || stream.aborted || closing) return resolve(false);
            const timer = setTimeout(() => resolve(true), HEARTBEAT_MS);
            wake = () => {
              clearTimeout(timer);
              resolve(false);
            };
          });
          wake = null;
          if (!idle) continue;
          // A signed-out or removed user's stream ends here; the dashboard then finds its session gone.
          if (tokenHash && !(await store.getSession(db, tokenHash, new Date().toISOString()))) break;
          await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
        forget();
      }
    });
  });
