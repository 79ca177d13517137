/**
 * A graceful stop (SIGTERM from a process manager or an orchestrator, SIGINT from a terminal): health
 * answers 503 so a load balancer sends nothing more, live streams end (browsers reconnect, to another
 * process), the listening socket closes, requests in flight finish (up to a timeout), and only then do
 * the worker threads and the database pool close.
 */
import type { Server } from 'node:http';

import type { Analyzer } from './services/analyzer';
import type { LiveHub } from './services/live-events';
import type { Db } from './storage/db';

export interface Running {
  server: Server;
  db: Db;
  live: LiveHub;
  analyzer: Analyzer;
  lifecycle: { shuttingDown: boolean };
  /** Anything else to undo last (the embedded database's pid file). */
  release: () => void;
  timeoutMs: number;
  log: (line: string) => void;
}

/** Resolves once everything is closed; calling it again returns the same promise. */
export function gracefulShutdown(r: Running): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => {
    done ??= (async () => {
      r.lifecycle.shuttingDown = true;
      r.live.close();
      const closed = new Promise<void>((resolve) => r.server.close(() => resolve()));
      // Keep-alive connections idle between requests would hold the socket open: close each as it goes idle.
      const idle = setInterval(() => r.server.closeIdleConnections(), 50);
      r.server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), r.timeoutMs)));
      if ((await Promise.race([closed, late])) === 'late') {
        r.log(`tally: requests still open after ${r.timeoutMs} ms: closing them`);
        r.server.closeAllConnections();
        await closed;
      }
      clearTimeout(timer);
      clearInterval(idle);
      r.log('tally: requests finished; closing the analysis workers and the database');
      await r.analyzer.close();
      await r.db.close();
      r.release();
      r.log('tally: stopped');
    })();
    return done;
  };
}
