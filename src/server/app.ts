/**
 * @module server/app
 * The HTTP API under /api: thin Hono routes (zod in, JSON out) over the services, which own the logic,
 * and the storage module, which owns the SQL. Runs in-process (tests, MSW) or behind @hono/node-server.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';

import { LIMITS } from '../contract/api';
import { ENGINE_VERSION } from '../engine';

import { ApiError } from './errors';
import { articleRoutes, claimRoutes, factRoutes } from './routes/resources';
import { storyRoutes } from './routes/stories';
import type { Db } from './storage/db';

export function createApp({ db }: { db: Db }) {
  const app = new Hono()
    .basePath('/api')
    .use(
      bodyLimit({
        maxSize: LIMITS.uploadBytes,
        onError: (c) => c.json({ error: { code: 'payload_too_large' as const, message: `the request body is larger than ${LIMITS.uploadBytes / (1024 * 1024)} MB` } }, 413),
      }),
    )
    .get('/health', (c) => c.json({ ok: true as const, engineVersion: ENGINE_VERSION, database: db.kind }, 200))
    .route('/stories', storyRoutes(db))
    .route('/articles', articleRoutes(db))
    .route('/facts', factRoutes(db))
    .route('/claims', claimRoutes(db));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message }, ...err.extra }, err.status);
    if (err instanceof HTTPException && err.status < 500) {
      const status = err.status === 413 ? 413 : 400;
      return c.json({ error: { code: status === 413 ? 'payload_too_large' : 'bad_request', message: err.message || 'bad request' } }, status);
    }
    console.error(err);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  return app;
}

export type AppType = ReturnType<typeof createApp>;
