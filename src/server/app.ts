/**
 * @module server/app
 * The HTTP API under /api: thin Hono routes (zod in, JSON out) over the services, which own the logic,
 * and the storage module, which owns the SQL. Runs in-process (tests, MSW) or behind @hono/node-server.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { TrieRouter } from 'hono/router/trie-router';

import { LIMITS } from '../contract/api';
import { ENGINE_VERSION } from '../engine';

import { ApiError } from './errors';
import { articleRoutes, claimRoutes, factRoutes } from './routes/resources';
import { storyRoutes } from './routes/stories';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './services/fetch-page';
import type { Db } from './storage/db';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The methods some route answers on a path, from the app's own route table: what a 405's Allow header lists. */
function allowedMethods(routes: ReadonlyArray<{ method: string; path: string }>) {
  let router: TrieRouter<string> | null = null;
  return (path: string): string[] => {
    if (!router) {
      router = new TrieRouter<string>();
      for (const r of routes) if (r.method !== 'ALL') router.add(r.method, r.path, r.method);
    }
    const known = router;
    const allowed: string[] = METHODS.filter((m) => known.match(m, path)[0].length > 0);
    return allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
  };
}

export interface AppOptions {
  db: Db;
  /** How pages are fetched for "add an article by URL"; tests allow loopback and shorten the limits. */
  fetch?: Partial<FetchOptions>;
}

export function createApp({ db, fetch = {} }: AppOptions) {
  const fetchOptions: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...fetch };
  const app = new Hono()
    .basePath('/api')
    .use(
      bodyLimit({
        maxSize: LIMITS.uploadBytes,
        onError: (c) => c.json({ error: { code: 'payload_too_large' as const, message: `the request body is larger than ${LIMITS.uploadBytes / (1024 * 1024)} MB` } }, 413),
      }),
    )
    .get('/health', (c) => c.json({ ok: true as const, engineVersion: ENGINE_VERSION, database: db.kind }, 200))
    .route('/stories', storyRoutes(db, fetchOptions))
    .route('/articles', articleRoutes(db))
    .route('/facts', factRoutes(db))
    .route('/claims', claimRoutes(db));
  // Every other /api address and method answers JSON (404 or 405), also when mounted beside the dashboard's pages.
  const allowed = allowedMethods(app.routes);
  app.all('*', (c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0) {
      return c.json({ error: { code: 'method_not_allowed' as const, message: `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(', ')}` } }, 405, { Allow: methods.join(', ') });
    }
    return c.json({ error: { code: 'not_found' as const, message: `no route ${c.req.method} ${c.req.path}` } }, 404);
  });
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
