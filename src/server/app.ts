/**
 * @module server/app
 * The HTTP API under /api: thin Hono routes (zod in, JSON out) over the services, which own the logic,
 * and the storage module, which owns the SQL. Runs in-process (tests, MSW) or behind @hono/node-server.
 * In team mode (auth/guard.ts) every route but health and sign-in needs a session and a role; changes
 * are published to the live hub, which /api/events streams to every open dashboard (of every process).
 * Reads of a story are cached by its revision (routes/cached-json.ts), so they answer without the database
 * while nothing changed.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { TrieRouter } from 'hono/router/trie-router';

import { LIMITS } from '../contract/api';
import { ENGINE_VERSION } from '../engine';

import { authenticate, sameOrigin, type AppEnv, type AuthOptions } from './auth/guard';
import type { Deps } from './deps';
import { ApiError } from './errors';
import { eventRoutes } from './routes/events';
import { articleRoutes, claimRoutes, factRoutes } from './routes/resources';
import { sessionRoutes } from './routes/session';
import { storyRoutes } from './routes/stories';
import { userRoutes } from './routes/users';
import { inlineAnalyzer, type Analyzer } from './services/analyzer';
import { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './services/fetch-page';
import { LiveHub } from './services/live-events';
import { ReadCache } from './services/read-cache';
import { StoryOwners } from './services/story-owners';
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
  /** Personal (the default: no sign-in) or team mode (sessions and roles); see auth/mode.ts. */
  auth?: AuthOptions;
  /** Where live updates go; one per server process, joined to the others' through the database's bus. */
  live?: LiveHub;
  /** Where articles are analysed and stories regrouped: inline, or on worker threads (`npm start`). */
  analyzer?: Analyzer;
  /** Cached responses, by story revision. */
  cache?: ReadCache;
  /** Set by a graceful shutdown: health answers 503, so a load balancer stops sending requests. */
  lifecycle?: { shuttingDown: boolean };
}

export function createApp({ db, fetch = {}, auth = { mode: 'personal' }, live = new LiveHub(db.bus), analyzer = inlineAnalyzer, cache = new ReadCache(), lifecycle = { shuttingDown: false } }: AppOptions) {
  const fetchOptions: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...fetch };
  // From now on this process hears every other's changes (PostgreSQL), before it caches anything.
  void db.revisions;
  const deps: Deps = { db, live, analyzer, cache, owners: new StoryOwners(db), fetch: fetchOptions };
  const app = new Hono<AppEnv>()
    .basePath('/api')
    .use(
      bodyLimit({
        maxSize: LIMITS.uploadBytes,
        onError: (c) => c.json({ error: { code: 'payload_too_large' as const, message: `the request body is larger than ${LIMITS.uploadBytes / (1024 * 1024)} MB` } }, 413),
      }),
    )
    .use(sameOrigin(auth.trustProxy))
    .use(authenticate(db, auth))
    .get('/health', async (c) => {
      const databaseReachable = await db.ping();
      const { shuttingDown } = lifecycle;
      const ok = databaseReachable && !shuttingDown;
      const body = { ok, engineVersion: ENGINE_VERSION, database: db.kind, databaseReachable, sharedChanges: db.bus.connected, shuttingDown, auth: auth.mode };
      return ok ? c.json(body, 200) : c.json(body, 503);
    })
    .route('/session', sessionRoutes(db, auth))
    .route('/users', userRoutes(db))
    .route('/events', eventRoutes(db, live))
    .route('/stories', storyRoutes(deps))
    .route('/articles', articleRoutes(deps))
    .route('/facts', factRoutes(deps))
    .route('/claims', claimRoutes(deps));
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
    if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message }, ...err.extra }, err.status, err.headers);
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
